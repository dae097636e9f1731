package io.runrub.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The waitlist's two tables, by hand: an offer's open columns and their unique constraints are the guarantee, so the
 * SQL that sets and clears them is written out.
 */
@Component
class WaitlistStore {

	private static final String ENTRY = """
			id, runner_id, service_id, therapist_id, from_day, to_day, times, from_plan, status, created_at""";

	private static final String OFFER = """
			id, entry_id, runner_id, therapist_id, service_id, start_at, status, held_until, appointment_id""";

	private final JdbcClient jdbc;

	WaitlistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RunnerId runner, ServiceId service, TherapistId therapist, LocalDate from, LocalDate to,
			List<WeeklyTime> times, boolean fromPlan, Instant now) {
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into waitlist_entry (runner_id, service_id, therapist_id, from_day, to_day, times, from_plan,
				  status, created_at)
				values (:runner, :service, :therapist, :from, :to, :times, :fromPlan, 'WAITING', :now)""")
			.param("runner", runner.value())
			.param("service", service.value())
			.param("therapist", therapist == null ? null : therapist.value(), Types.BIGINT)
			.param("from", from)
			.param("to", to)
			.param("times", WeeklyTime.stored(times))
			.param("fromPlan", fromPlan)
			.param("now", utc(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	long countWaiting(RunnerId runner) {
		return jdbc.sql("select count(*) from waitlist_entry where runner_id = :runner and status = 'WAITING'")
			.param("runner", runner.value())
			.query(Long.class)
			.single();
	}

	List<WaitlistEntry> waiting(RunnerId runner) {
		return jdbc.sql("select " + ENTRY + " " + """
				 from waitlist_entry where runner_id = :runner and status = 'WAITING' order by from_day, id""")
			.param("runner", runner.value())
			.query(WaitlistStore::entry)
			.list();
	}

	Optional<WaitlistEntry> entry(long id) {
		return jdbc.sql("select " + ENTRY + " from waitlist_entry where id = :id")
			.param("id", id)
			.query(WaitlistStore::entry)
			.optional();
	}

	/**
	 * The entries waiting on a day that hold no slot now and were never offered this one (declined or expired
	 * offers of it are not made again), oldest first.
	 */
	List<WaitlistEntry> candidates(LocalDate day, TherapistId therapist, Instant start) {
		return jdbc.sql("select " + ENTRY + " " + """
				 from waitlist_entry e
				where e.status = 'WAITING' and e.from_day <= :day and e.to_day >= :day
				  and (e.therapist_id is null or e.therapist_id = :therapist)
				  and not exists (select 1 from waitlist_offer o where o.open_entry_id = e.id)
				  and not exists (select 1 from waitlist_offer o
				                  where o.entry_id = e.id and o.therapist_id = :therapist and o.start_at = :start)
				order by e.created_at, e.id""")
			.param("day", day)
			.param("therapist", therapist.value())
			.param("start", utc(start))
			.query(WaitlistStore::entry)
			.list();
	}

	boolean removeEntry(long id) {
		return jdbc.sql("update waitlist_entry set status = 'REMOVED' where id = :id and status = 'WAITING'")
			.param("id", id)
			.update() == 1;
	}

	void markBooked(long entryId) {
		jdbc.sql("update waitlist_entry set status = 'BOOKED' where id = :id").param("id", entryId).update();
	}

	boolean slotHeld(TherapistId therapist, Instant start) {
		return jdbc.sql("""
				select count(*) from waitlist_offer where open_therapist_id = :therapist and open_start = :start""")
			.param("therapist", therapist.value())
			.param("start", utc(start))
			.query(Long.class)
			.single() > 0;
	}

	/** The open offers still held at {@code now} of the therapists {@code :ids}, starting in [:from, :to). */
	static final String HELD = """
			select therapist_id, runner_id, service_id, start_at from waitlist_offer
			where therapist_id in (:ids) and start_at >= :from and start_at < :to and status = 'OPEN'
			  and held_until > :now""";

	/** The open offers still held at {@code now} of the therapists, starting in [from, to). */
	List<io.runrub.booking.SlotHolds.Hold> holds(java.util.Collection<Long> therapists, Instant from, Instant to,
			Instant now) {
		return jdbc.sql(HELD)
			.param("ids", therapists)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("now", utc(now))
			.query((rs, row) -> new io.runrub.booking.SlotHolds.Hold(TherapistId.of(rs.getLong("therapist_id")),
					ServiceId.of(rs.getLong("service_id")),
					rs.getObject("start_at", OffsetDateTime.class).toInstant(), RunnerId.of(rs.getLong("runner_id"))))
			.list();
	}

	/** Inserts an open offer; the database refuses it (a duplicate key) if the slot or the entry is already held. */
	long insertOffer(WaitlistEntry entry, TherapistId therapist, Instant start, Instant heldUntil, Instant now) {
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into waitlist_offer (entry_id, runner_id, therapist_id, service_id, start_at, status, held_until,
				  created_at, open_therapist_id, open_start, open_entry_id)
				values (:entry, :runner, :therapist, :service, :start, 'OPEN', :heldUntil, :now, :therapist, :start,
				  :entry)""")
			.param("entry", entry.id())
			.param("runner", entry.runnerId().value())
			.param("therapist", therapist.value())
			.param("service", entry.serviceId().value())
			.param("start", utc(start))
			.param("heldUntil", utc(heldUntil))
			.param("now", utc(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<WaitlistOffer> offer(long id) {
		return jdbc.sql("select " + OFFER + " from waitlist_offer where id = :id")
			.param("id", id)
			.query(WaitlistStore::offer)
			.optional();
	}

	/** The offer, its row locked to the end of the transaction: accepting and declining one offer queue here. */
	Optional<WaitlistOffer> lockOffer(long id) {
		return jdbc.sql("select " + OFFER + " from waitlist_offer where id = :id for update")
			.param("id", id)
			.query(WaitlistStore::offer)
			.optional();
	}

	Optional<WaitlistOffer> openOfferOf(long entryId) {
		return jdbc.sql("select " + OFFER + " from waitlist_offer where open_entry_id = :entry")
			.param("entry", entryId)
			.query(WaitlistStore::offer)
			.optional();
	}

	List<WaitlistOffer> offersOf(RunnerId runner, WaitlistOffer.Status status) {
		return jdbc.sql("select " + OFFER + " " + """
				 from waitlist_offer where runner_id = :runner and status = :status order by start_at, id""")
			.param("runner", runner.value())
			.param("status", status.name())
			.query(WaitlistStore::offer)
			.list();
	}

	List<WaitlistOffer> expired(Instant now, int limit) {
		return jdbc.sql("select " + OFFER + " " + """
				 from waitlist_offer where status = 'OPEN' and held_until <= :now order by held_until, id limit :limit""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(WaitlistStore::offer)
			.list();
	}

	/** Closes an open offer (its slot and entry are free to be held again); false if it was no longer open. */
	boolean close(long offerId, WaitlistOffer.Status status, AppointmentId appointment, Instant now) {
		return jdbc.sql("""
				update waitlist_offer set status = :status, closed_at = :now, appointment_id = :appointment,
				  open_therapist_id = null, open_start = null, open_entry_id = null
				where id = :id and status = 'OPEN'""")
			.param("status", status.name())
			.param("now", utc(now))
			.param("appointment", appointment == null ? null : appointment.value(), Types.BIGINT)
			.param("id", offerId)
			.update() == 1;
	}

	private static WaitlistEntry entry(ResultSet rs, int row) throws SQLException {
		long therapist = rs.getLong("therapist_id");
		TherapistId therapistId = rs.wasNull() ? null : TherapistId.of(therapist);
		return new WaitlistEntry(rs.getLong("id"), RunnerId.of(rs.getLong("runner_id")),
				ServiceId.of(rs.getLong("service_id")), therapistId, rs.getObject("from_day", LocalDate.class),
				rs.getObject("to_day", LocalDate.class), WeeklyTime.parse(rs.getString("times")),
				rs.getBoolean("from_plan"), WaitlistEntry.Status.valueOf(rs.getString("status")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static WaitlistOffer offer(ResultSet rs, int row) throws SQLException {
		long appointment = rs.getLong("appointment_id");
		AppointmentId appointmentId = rs.wasNull() ? null : AppointmentId.of(appointment);
		return new WaitlistOffer(rs.getLong("id"), rs.getLong("entry_id"), RunnerId.of(rs.getLong("runner_id")),
				TherapistId.of(rs.getLong("therapist_id")), ServiceId.of(rs.getLong("service_id")),
				rs.getObject("start_at", OffsetDateTime.class).toInstant(),
				WaitlistOffer.Status.valueOf(rs.getString("status")),
				rs.getObject("held_until", OffsetDateTime.class).toInstant(), appointmentId);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
