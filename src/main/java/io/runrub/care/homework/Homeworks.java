package io.runrub.care.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.runrub.care.notes.TreatmentNotes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Homework and its check-ins. */
@Repository
public class Homeworks {

	private static final String HOMEWORK = """
			id, note_id, runner_id, exercise_id, assigned_by, times_per_week, weeks, starts_on, ends_on, assigned_at""";

	private static final String CHECK_IN = """
			id, homework_id, runner_id, check_in_date, status, reason, minutes, change_score, remarks, created_at""";

	private final JdbcClient jdbc;

	Homeworks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Homework insert(Homework homework) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into homework (note_id, runner_id, exercise_id, assigned_by, times_per_week, weeks, starts_on,
				  ends_on, assigned_at)
				values (:note, :runner, :exercise, :by, :times, :weeks, :starts, :ends, :at)""")
			.param("note", homework.noteId())
			.param("runner", homework.runnerId())
			.param("exercise", homework.exerciseId())
			.param("by", homework.assignedBy())
			.param("times", homework.timesPerWeek())
			.param("weeks", homework.weeks())
			.param("starts", homework.startsOn())
			.param("ends", homework.endsOn())
			.param("at", TreatmentNotes.utc(homework.assignedAt()))
			.update(key, "id");
		return new Homework(key.getKeyAs(Long.class), homework.noteId(), homework.runnerId(), homework.exerciseId(),
				homework.assignedBy(), homework.timesPerWeek(), homework.weeks(), homework.startsOn(),
				homework.endsOn(), homework.assignedAt());
	}

	Optional<Homework> findById(long id) {
		return jdbc.sql("select " + HOMEWORK + " from homework where id = :id")
			.param("id", id)
			.query(Homeworks::homework)
			.optional();
	}

	/** The runner's homework, newest first. */
	List<Homework> findByRunner(long runnerId) {
		return jdbc.sql("select " + HOMEWORK + " from homework where runner_id = :runner order by starts_on desc, id desc")
			.param("runner", runnerId)
			.query(Homeworks::homework)
			.list();
	}

	List<Homework> findByNote(long noteId) {
		return jdbc.sql("select " + HOMEWORK + " from homework where note_id = :note order by id")
			.param("note", noteId)
			.query(Homeworks::homework)
			.list();
	}

	CheckIn insert(CheckIn checkIn) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into homework_check_in (homework_id, runner_id, check_in_date, status, reason, minutes,
				  change_score, remarks, created_at)
				values (:homework, :runner, :date, :status, :reason, :minutes, :change, :remarks, :created)""")
			.param("homework", checkIn.homeworkId())
			.param("runner", checkIn.runnerId())
			.param("date", checkIn.date())
			.param("status", checkIn.status().name())
			.param("reason", checkIn.reason() == null ? null : checkIn.reason().name())
			.param("minutes", checkIn.minutes())
			.param("change", checkIn.change())
			.param("remarks", checkIn.text())
			.param("created", TreatmentNotes.utc(checkIn.createdAt()))
			.update(key, "id");
		return new CheckIn(key.getKeyAs(Long.class), checkIn.homeworkId(), checkIn.runnerId(), checkIn.date(),
				checkIn.status(), checkIn.reason(), checkIn.minutes(), checkIn.change(), checkIn.text(),
				checkIn.createdAt());
	}

	/** Check-ins of the given homework, oldest first. */
	List<CheckIn> checkIns(Collection<Long> homeworkIds) {
		if (homeworkIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + CHECK_IN
				+ " from homework_check_in where homework_id in (:ids) order by check_in_date, created_at, id")
			.param("ids", homeworkIds)
			.query(Homeworks::checkIn)
			.list();
	}

	private static Homework homework(ResultSet rs, int row) throws SQLException {
		return new Homework(rs.getLong("id"), rs.getLong("note_id"), rs.getLong("runner_id"), rs.getLong("exercise_id"),
				rs.getLong("assigned_by"), rs.getInt("times_per_week"), rs.getInt("weeks"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				TreatmentNotes.instant(rs, "assigned_at"));
	}

	private static CheckIn checkIn(ResultSet rs, int row) throws SQLException {
		String reason = rs.getString("reason");
		return new CheckIn(rs.getLong("id"), rs.getLong("homework_id"), rs.getLong("runner_id"),
				rs.getObject("check_in_date", LocalDate.class), CheckInStatus.valueOf(rs.getString("status")),
				reason == null ? null : MissedReason.valueOf(reason), (Integer) rs.getObject("minutes", Integer.class),
				rs.getObject("change_score", Integer.class), rs.getString("remarks"),
				TreatmentNotes.instant(rs, "created_at"));
	}

}
