package io.runrub.care.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.runrub.booking.AppointmentBooked;
import io.runrub.booking.HistoryConfirmed;
import io.runrub.care.notes.TreatmentNotes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The log of every grant of clinical access: each appointment that lets a therapist into a runner's record (see
 * {@link CareAccess}) is written down with the account that arranged it — the runner who booked it, or the admin who
 * recorded history together with the runner who confirmed it. Insert-only; admins review it with the reads.
 */
@Component
public class AccessGrants {

	/** How access was granted. */
	public enum Kind {

		/** The runner booked an appointment with the therapist. */
		BOOKED,
		/** An admin recorded a past appointment and the runner confirmed it. */
		HISTORY_CONFIRMED

	}

	/** One grant. {@code confirmedBy} is null for the runner's own bookings. */
	public record Grant(long id, Instant at, long appointmentId, long runnerId, long therapistId, long arrangedBy,
			Long confirmedBy, Kind kind) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AccessGrants(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	public void on(AppointmentBooked booked) {
		insert(booked.appointmentId().value(), booked.runnerId().value(), booked.therapistId().value(),
				booked.runnerId().value(), null, Kind.BOOKED, clock.instant());
	}

	@ApplicationModuleListener
	public void on(HistoryConfirmed confirmed) {
		insert(confirmed.appointmentId().value(), confirmed.runnerId().value(), confirmed.therapistId().value(),
				confirmed.recordedBy().value(), confirmed.runnerId().value(), Kind.HISTORY_CONFIRMED,
				confirmed.confirmedAt());
	}

	/** The grants into one runner's record, newest first, at most {@link AccessLog#MAX_ENTRIES}. */
	public List<Grant> ofRunner(long runnerId) {
		return jdbc.sql("""
				select id, granted_at, appointment_id, runner_id, therapist_id, arranged_by, confirmed_by, kind
				from clinical_access_grant where runner_id = :runner order by granted_at desc, id desc""")
			.param("runner", runnerId)
			.withMaxRows(AccessLog.MAX_ENTRIES)
			.query((rs, row) -> new Grant(rs.getLong("id"), TreatmentNotes.instant(rs, "granted_at"),
					rs.getLong("appointment_id"), rs.getLong("runner_id"), rs.getLong("therapist_id"),
					rs.getLong("arranged_by"), rs.getObject("confirmed_by", Long.class),
					Kind.valueOf(rs.getString("kind"))))
			.list();
	}

	private void insert(long appointmentId, long runnerId, long therapistId, long arrangedBy, Long confirmedBy,
			Kind kind, Instant at) {
		jdbc.sql("""
				insert into clinical_access_grant (appointment_id, runner_id, therapist_id, arranged_by, confirmed_by,
				  kind, granted_at)
				values (:appointment, :runner, :therapist, :arrangedBy, :confirmedBy, :kind, :at)""")
			.param("appointment", appointmentId)
			.param("runner", runnerId)
			.param("therapist", therapistId)
			.param("arrangedBy", arrangedBy)
			.param("confirmedBy", confirmedBy)
			.param("kind", kind.name())
			.param("at", TreatmentNotes.utc(at))
			.update();
	}

}
