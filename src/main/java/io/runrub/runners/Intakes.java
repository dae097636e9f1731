package io.runrub.runners;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runners' health answers: one intake per runner, its answers by question id. */
@Repository
class Intakes {

	private final JdbcClient jdbc;

	Intakes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(String notes, Instant answeredAt, Instant confirmedAt) {
	}

	Optional<Intake> find(long runnerId) {
		return jdbc.sql("select notes, answered_at, confirmed_at from runner_intake where runner_id = :runnerId")
			.param("runnerId", runnerId)
			.query((rs, row) -> new Row(rs.getString("notes"),
					rs.getObject("answered_at", OffsetDateTime.class).toInstant(),
					rs.getObject("confirmed_at", OffsetDateTime.class).toInstant()))
			.optional()
			.map(row -> new Intake(answers(runnerId), row.notes(), row.answeredAt(), row.confirmedAt()));
	}

	/**
	 * Replaces the runner's answers. Two first answers racing each other make one of them fail with a duplicate key,
	 * which the caller reports.
	 */
	void save(long runnerId, Intake intake) {
		int updated = jdbc.sql("""
				update runner_intake set notes = :notes, answered_at = :answeredAt, confirmed_at = :confirmedAt
				where runner_id = :runnerId""")
			.param("runnerId", runnerId)
			.param("notes", intake.notes())
			.param("answeredAt", Profiles.utc(intake.answeredAt()))
			.param("confirmedAt", Profiles.utc(intake.confirmedAt()))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into runner_intake (runner_id, notes, answered_at, confirmed_at)
					values (:runnerId, :notes, :answeredAt, :confirmedAt)""")
				.param("runnerId", runnerId)
				.param("notes", intake.notes())
				.param("answeredAt", Profiles.utc(intake.answeredAt()))
				.param("confirmedAt", Profiles.utc(intake.confirmedAt()))
				.update();
		}
		jdbc.sql("delete from runner_intake_answer where runner_id = :runnerId").param("runnerId", runnerId).update();
		intake.answers()
			.forEach((questionId, yes) -> jdbc
				.sql("insert into runner_intake_answer (runner_id, question_id, answer_yes) values (:runnerId, :id, :yes)")
				.param("runnerId", runnerId)
				.param("id", questionId)
				.param("yes", yes)
				.update());
	}

	/** Records that the runner confirmed their answers still hold; false if they have none. */
	boolean confirm(long runnerId, Instant now) {
		return jdbc.sql("update runner_intake set confirmed_at = :now where runner_id = :runnerId")
			.param("runnerId", runnerId)
			.param("now", Profiles.utc(now))
			.update() == 1;
	}

	private Map<String, Boolean> answers(long runnerId) {
		Map<String, Boolean> stored = new LinkedHashMap<>();
		jdbc.sql("select question_id, answer_yes from runner_intake_answer where runner_id = :runnerId")
			.param("runnerId", runnerId)
			.query(rs -> {
				stored.put(rs.getString("question_id"), rs.getBoolean("answer_yes"));
			});
		// in the order of the questions; answers to questions that no longer exist are left out
		Map<String, Boolean> answers = new LinkedHashMap<>();
		for (IntakeQuestion question : IntakeQuestions.all()) {
			if (stored.containsKey(question.id())) {
				answers.put(question.id(), stored.get(question.id()));
			}
		}
		return answers;
	}

}
