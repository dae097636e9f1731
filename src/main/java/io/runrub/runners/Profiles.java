package io.runrub.runners;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Pressure;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Runner profiles in three tables: the profile, its goals and its complaints. A profile is written whole: the goals
 * and complaints are replaced every time.
 */
@Repository
class Profiles {

	private final JdbcClient jdbc;

	Profiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RunnerProfile> find(long runnerId) {
		return jdbc.sql("""
				select training_days_per_week, running_level, pressure_tolerance, monthly_budget_cents,
				       preferred_therapist_id
				from runner_profile where runner_id = :runnerId""")
			.param("runnerId", runnerId)
			.query((rs, row) -> new RunnerProfile(rs.getInt("training_days_per_week"),
					Level.valueOf(rs.getString("running_level")), Pressure.valueOf(rs.getString("pressure_tolerance")),
					Set.of(), rs.getInt("monthly_budget_cents"), rs.getObject("preferred_therapist_id", Long.class),
					List.of()))
			.optional()
			.map(profile -> new RunnerProfile(profile.trainingDaysPerWeek(), profile.level(),
					profile.pressureTolerance(), goals(runnerId), profile.monthlyBudgetCents(),
					profile.preferredTherapistId(), complaints(runnerId)));
	}

	/**
	 * Inserts or replaces the runner's profile. Two first saves racing each other make one of them fail with a
	 * duplicate key, which the caller reports.
	 */
	void save(long runnerId, RunnerProfile profile, Instant now) {
		int updated = jdbc.sql("""
				update runner_profile set training_days_per_week = :days, running_level = :level,
				       pressure_tolerance = :pressure, monthly_budget_cents = :budget,
				       preferred_therapist_id = :therapist, updated_at = :now
				where runner_id = :runnerId""")
			.params(columns(runnerId, profile, now))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into runner_profile (runner_id, training_days_per_week, running_level, pressure_tolerance,
					                            monthly_budget_cents, preferred_therapist_id, updated_at)
					values (:runnerId, :days, :level, :pressure, :budget, :therapist, :now)""")
				.params(columns(runnerId, profile, now))
				.update();
		}
		jdbc.sql("delete from runner_goal where runner_id = :runnerId").param("runnerId", runnerId).update();
		for (Goal goal : profile.goals()) {
			jdbc.sql("insert into runner_goal (runner_id, goal) values (:runnerId, :goal)")
				.param("runnerId", runnerId)
				.param("goal", goal.name())
				.update();
		}
		jdbc.sql("delete from runner_complaint where runner_id = :runnerId").param("runnerId", runnerId).update();
		int order = 0;
		for (Complaint complaint : profile.complaints()) {
			jdbc.sql("""
					insert into runner_complaint (runner_id, complaint_order, body_area, kind, since_date, severity)
					values (:runnerId, :order, :area, :kind, :since, :severity)""")
				.param("runnerId", runnerId)
				.param("order", order++)
				.param("area", complaint.area().name())
				.param("kind", complaint.kind().name())
				.param("since", complaint.since())
				.param("severity", complaint.severity())
				.update();
		}
	}

	private static Map<String, Object> columns(long runnerId, RunnerProfile profile, Instant now) {
		Map<String, Object> columns = new HashMap<>();
		columns.put("runnerId", runnerId);
		columns.put("days", profile.trainingDaysPerWeek());
		columns.put("level", profile.level().name());
		columns.put("pressure", profile.pressureTolerance().name());
		columns.put("budget", profile.monthlyBudgetCents());
		columns.put("therapist", new SqlParameterValue(Types.BIGINT, profile.preferredTherapistId()));
		columns.put("now", utc(now));
		return columns;
	}

	private Set<Goal> goals(long runnerId) {
		Set<Goal> goals = EnumSet.noneOf(Goal.class);
		jdbc.sql("select goal from runner_goal where runner_id = :runnerId")
			.param("runnerId", runnerId)
			.query(String.class)
			.list()
			.forEach(goal -> goals.add(Goal.valueOf(goal)));
		return goals;
	}

	private List<Complaint> complaints(long runnerId) {
		return jdbc.sql("""
				select body_area, kind, since_date, severity from runner_complaint
				where runner_id = :runnerId order by complaint_order""")
			.param("runnerId", runnerId)
			.query((rs, row) -> new Complaint(BodyArea.valueOf(rs.getString("body_area")),
					ComplaintKind.valueOf(rs.getString("kind")), rs.getObject("since_date", LocalDate.class),
					rs.getInt("severity")))
			.list();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
