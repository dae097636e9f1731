package io.runrub.planner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.planner.rules.Reason;
import io.runrub.planner.rules.Warning;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored plans: one row per runner with the warnings, one row per suggestion with its reasons as JSON. */
@Repository
class PlannedMassages {

	private static final String COLUMNS = """
			id, runner_id, suggestion_date, kind, modality, pressure, duration_minutes, service_id, price_cents,
			focus_areas, therapist_id, reasons, alternatives, appointment_id, flag, proposed_date, proposed_start""";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	PlannedMassages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the runner's plan until the transaction ends, so that two bookings of one plan cannot interleave. */
	void lockPlan(RunnerId runnerId) {
		jdbc.sql("select runner_id from runner_plan where runner_id = :runner for update")
			.param("runner", runnerId.value())
			.query(Long.class)
			.list();
	}

	List<PlannedMassage> findByRunner(RunnerId runnerId) {
		return jdbc.sql("select " + COLUMNS + " from plan_suggestion where runner_id = :runner order by suggestion_date, id")
			.param("runner", runnerId.value())
			.query(this::map)
			.list();
	}

	Optional<PlannedMassage> find(RunnerId runnerId, long id) {
		return jdbc.sql("select " + COLUMNS + " from plan_suggestion where runner_id = :runner and id = :id")
			.param("runner", runnerId.value())
			.param("id", id)
			.query(this::map)
			.optional();
	}

	PlannedMassage save(PlannedMassage massage, Instant now) {
		if (massage.id() == null) {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into plan_suggestion (runner_id, suggestion_date, kind, modality, pressure, duration_minutes,
					  service_id, price_cents, focus_areas, therapist_id, reasons, alternatives, appointment_id, flag,
					  proposed_date, proposed_start, created_at)
					values (:runner, :date, :kind, :modality, :pressure, :minutes, :service, :price, :areas, :therapist,
					  :reasons, :alternatives, :appointment, :flag, :proposedDate, :proposedStart, :created)""")
				.params(params(massage))
				.param("created", now.atOffset(ZoneOffset.UTC))
				.update(key, "id");
			return withId(massage, key.getKeyAs(Long.class));
		}
		jdbc.sql("""
				update plan_suggestion set suggestion_date = :date, kind = :kind, modality = :modality,
				  pressure = :pressure, duration_minutes = :minutes, service_id = :service, price_cents = :price,
				  focus_areas = :areas, therapist_id = :therapist, reasons = :reasons, alternatives = :alternatives,
				  appointment_id = :appointment, flag = :flag, proposed_date = :proposedDate,
				  proposed_start = :proposedStart
				where id = :id""").params(params(massage)).param("id", massage.id()).update();
		return massage;
	}

	void delete(PlannedMassage massage) {
		jdbc.sql("delete from plan_suggestion where id = :id").param("id", massage.id()).update();
	}

	void saveWarnings(RunnerId runnerId, LocalDate from, LocalDate to, List<Warning> warnings, Instant now) {
		String text = json.writeValueAsString(warnings);
		int updated = jdbc.sql("""
				update runner_plan set plan_from = :from, plan_to = :to, warnings = :warnings, generated_at = :at
				where runner_id = :runner""")
			.param("runner", runnerId.value())
			.param("from", from)
			.param("to", to)
			.param("warnings", text)
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into runner_plan (runner_id, plan_from, plan_to, warnings, generated_at)
					values (:runner, :from, :to, :warnings, :at)""")
				.param("runner", runnerId.value())
				.param("from", from)
				.param("to", to)
				.param("warnings", text)
				.param("at", now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	record StoredPlan(LocalDate from, LocalDate to, List<Warning> warnings, Instant generatedAt) {
	}

	Optional<StoredPlan> plan(RunnerId runnerId) {
		return jdbc.sql("select plan_from, plan_to, warnings, generated_at from runner_plan where runner_id = :runner")
			.param("runner", runnerId.value())
			.query((rs, row) -> new StoredPlan(rs.getObject("plan_from", LocalDate.class),
					rs.getObject("plan_to", LocalDate.class),
					json.readValue(rs.getString("warnings"), new TypeReference<List<Warning>>() {
					}), rs.getObject("generated_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private java.util.Map<String, Object> params(PlannedMassage massage) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("runner", massage.runnerId().value());
		params.put("date", massage.date());
		params.put("kind", massage.kind().name());
		params.put("modality", massage.modality().name());
		params.put("pressure", massage.pressure().name());
		params.put("minutes", massage.durationMinutes());
		params.put("service", massage.serviceId().value());
		params.put("price", massage.priceCents());
		params.put("areas", massage.focusAreas().stream().map(Enum::name).collect(Collectors.joining(",")));
		params.put("therapist", massage.therapistId() == null ? null : massage.therapistId().value());
		params.put("reasons", json.writeValueAsString(massage.reasons()));
		params.put("alternatives",
				massage.alternatives().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
		params.put("appointment", massage.appointmentId() == null ? null : massage.appointmentId().value());
		params.put("flag", massage.flag());
		params.put("proposedDate", massage.proposedDate());
		params.put("proposedStart",
				massage.proposedStart() == null ? null : massage.proposedStart().atOffset(ZoneOffset.UTC));
		return params;
	}

	private PlannedMassage map(ResultSet rs, int row) throws SQLException {
		String areas = rs.getString("focus_areas");
		String alternatives = rs.getString("alternatives");
		OffsetDateTime proposedStart = rs.getObject("proposed_start", OffsetDateTime.class);
		long therapist = rs.getLong("therapist_id");
		TherapistId therapistId = rs.wasNull() ? null : TherapistId.of(therapist);
		long appointment = rs.getLong("appointment_id");
		AppointmentId appointmentId = rs.wasNull() ? null : AppointmentId.of(appointment);
		return new PlannedMassage(rs.getLong("id"), RunnerId.of(rs.getLong("runner_id")),
				rs.getObject("suggestion_date", LocalDate.class), Suggestion.Kind.valueOf(rs.getString("kind")),
				Modality.valueOf(rs.getString("modality")), Pressure.valueOf(rs.getString("pressure")),
				rs.getInt("duration_minutes"), ServiceId.of(rs.getLong("service_id")), rs.getInt("price_cents"),
				areas.isEmpty() ? List.of() : Arrays.stream(areas.split(",")).map(BodyArea::valueOf).toList(),
				therapistId, json.readValue(rs.getString("reasons"), new TypeReference<List<Reason>>() {
				}),
				alternatives.isEmpty() ? List.of()
						: Arrays.stream(alternatives.split(",")).map(LocalDate::parse).toList(),
				appointmentId, rs.getString("flag"), rs.getObject("proposed_date", LocalDate.class),
				proposedStart == null ? null : proposedStart.toInstant());
	}

	private static PlannedMassage withId(PlannedMassage m, long id) {
		return new PlannedMassage(id, m.runnerId(), m.date(), m.kind(), m.modality(), m.pressure(),
				m.durationMinutes(), m.serviceId(), m.priceCents(), m.focusAreas(), m.therapistId(), m.reasons(),
				m.alternatives(), m.appointmentId(), m.flag(), m.proposedDate(), m.proposedStart());
	}

}
