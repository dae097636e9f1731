package io.runrub.booking;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.runrub.clinic.RoomId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.TimeWindow;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Makes the database, not a check in the application, refuse a double booking. Its SQL is written by hand because
 * the guarantee depends on exactly which row is locked, when, and on recognising the database's own refusal.
 *
 * <p>
 * On PostgreSQL the exclusion constraints {@code appointment_no_overlap} (a therapist) and
 * {@code appointment_room_no_overlap} (a room) refuse any overlapping booked block, across any number of app instances; a refused write surfaces here as SQL state 23P01. H2 has no exclusion constraints, so
 * there the booking transaction looks for an overlap itself.
 *
 * <p>
 * On both, each booking transaction first locks the therapist's row ({@code select … for update}), which serialises
 * the writes to one therapist's calendar. H2 needs it for its own check to be safe; PostgreSQL needs it because it
 * checks an exclusion constraint after inserting the index entry, so two transactions inserting overlapping blocks at
 * once each wait for the other, and the deadlock detector aborts one with an error instead of a refusal (and with many
 * at once, they keep deadlocking). Queued behind the lock, the second writer simply gets 23P01.
 */
@Component
class OverlapGuard {

	private static final String EXCLUSION_VIOLATION = "23P01";

	private final JdbcClient jdbc;

	private final Appointments appointments;

	private final boolean databaseEnforces;

	OverlapGuard(JdbcClient jdbc, Appointments appointments, DataSource dataSource) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.appointments = appointments;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource,
				metaData -> metaData.getDatabaseProductName());
		this.databaseEnforces = product != null && product.toLowerCase().contains("postgres");
	}

	/** Inside the booking transaction, before writing the block: refuses it when another booking overlaps. */
	void claim(TherapistId therapistId, TimeWindow block, AppointmentId appointmentId) {
		lock(therapistId);
		if (databaseEnforces) {
			return;
		}
		if (appointments.overlapsBooked(therapistId, block, appointmentId)) {
			throw new SlotTaken();
		}
	}

	/**
	 * As {@link #claim(TherapistId, TimeWindow, AppointmentId)}, and for the appointment's room too (if it has one):
	 * its row is locked after the therapist's, and on H2 an overlap in the room is refused as well.
	 */
	void claim(TherapistId therapistId, RoomId roomId, TimeWindow block, AppointmentId appointmentId) {
		claim(therapistId, block, appointmentId);
		if (roomId == null) {
			return;
		}
		lockRooms(List.of(roomId.value()));
		if (!databaseEnforces && appointments.roomOverlapsBooked(roomId, block, appointmentId)) {
			throw new SlotTaken();
		}
	}

	/**
	 * Locks these rooms' rows, in order of id, until the end of the transaction: on H2 a booking that needs a room
	 * takes them after the therapists' (never before, so two bookings cannot deadlock), and then checks for itself.
	 */
	void lockRooms(java.util.Collection<Long> roomIds) {
		jdbc.sql("select id from room where id in (:ids) order by id for update")
			.param("ids", roomIds.stream().sorted().toList())
			.query(Long.class)
			.list();
	}

	/** Locks the therapist's row until the end of the transaction: writers to one therapist's calendar queue here. */
	void lock(TherapistId therapistId) {
		jdbc.sql("select id from therapist where id = :id for update")
			.param("id", therapistId.value())
			.query(Long.class)
			.list();
	}

	/**
	 * Locks the rows of all these therapists at once, in order of id (so two such locks cannot deadlock): on H2 a
	 * booking for any of them takes them all before trying one after the other in one transaction, as a lock taken on
	 * H2 is held to the end of the transaction even when the attempt it was for is rolled back to its savepoint.
	 */
	void lockAll(java.util.Collection<TherapistId> therapistIds) {
		jdbc.sql("select id from therapist where id in (:ids) order by id for update")
			.param("ids", therapistIds.stream().map(TherapistId::value).sorted().toList())
			.query(Long.class)
			.list();
	}

	/** Whether the database itself refuses overlapping blocks (PostgreSQL's exclusion constraint). */
	boolean databaseEnforces() {
		return databaseEnforces;
	}

	/** Whether a failed write was the database refusing an overlap. */
	boolean isOverlap(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** The therapist's time is already taken. */
	static final class SlotTaken extends RuntimeException {

		SlotTaken() {
			super("slot taken", null, false, false);
		}

	}

}
