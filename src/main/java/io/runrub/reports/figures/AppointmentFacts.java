package io.runrub.reports.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the reports read of appointments, races and plans: set-based queries over a bounded range, hand-written
 * because no module's API serves a whole clinic's year at once. Times are UTC instants, as stored.
 *
 * <p>
 * The columns that attendance, fees and rooms added ({@code appointment.late_cancellation},
 * {@code appointment.attendance}, {@code appointment.room_id}) are in the application's schema now; each is still
 * read in exactly one method ({@link #made} and {@link #inRooms}), and whether it exists is looked up once in the
 * schema's metadata, so that the reports keep working (as "not recorded") on a database migrated only part-way.
 */
@Component
public class AppointmentFacts {

	private final JdbcClient jdbc;

	private volatile Set<String> appointmentColumns;

	public AppointmentFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A booked appointment's therapist, its time with the runner, and the therapist's time it blocks. */
	public record Booked(long therapistId, Instant start, Instant end, Instant blockStart, Instant blockEnd) {
	}

	/** Appointments still booked that take some of [from, to) of a therapist's time, buffers included. */
	public List<Booked> booked(Instant from, Instant to) {
		return jdbc.sql("""
				select therapist_id, start_at, end_at, block_start, block_end from appointment
				where status = 'BOOKED' and block_start < :to and block_end > :from""")
			.param("from", ts(from))
			.param("to", ts(to))
			.query((rs, row) -> new Booked(rs.getLong(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
					instant(rs, 5)))
			.list();
	}

	/**
	 * An appointment starting in the range, whatever its status: its service, whether it was cancelled, and (once
	 * attendance is recorded) whether the cancellation was late and whether the runner did not come; {@code null}
	 * for those two while the columns do not exist.
	 */
	public record Made(Instant start, long serviceId, boolean cancelled, Boolean late, Boolean noShow,
			boolean paidByCredit) {

		public Made(Instant start, long serviceId, boolean cancelled, Boolean late, Boolean noShow) {
			this(start, serviceId, cancelled, late, noShow, false);
		}

	}

	/**
	 * Every appointment starting in [from, to), with what became of it: one read serves the attendance report
	 * (appointments, cancellations, late cancellations, no-shows) and the revenue report (those kept and not missed,
	 * less those a package's credit paid for, which the package's sale already counts: the ledger's
	 * {@code credit_use}, read here as the reports read the other modules' tables).
	 * THE ONE READ OF {@code appointment.late_cancellation} and {@code appointment.attendance}.
	 */
	public List<Made> made(Instant from, Instant to) {
		boolean recorded = recordsAttendance();
		boolean credits = hasTable("credit_use");
		String columns = "a.start_at, a.status, a.service_id, "
				+ (recorded ? "a.late_cancellation, a.attendance, " : "null, null, ")
				+ (credits ? "u.appointment_id" : "null");
		String joined = credits
				? " left join credit_use u on u.appointment_id = a.id and u.returned_at is null" : "";
		return jdbc
			.sql("select " + columns + " from appointment a" + joined
					+ " where a.start_at >= :from and a.start_at < :to")
			.param("from", ts(from))
			.param("to", ts(to))
			.query((rs, row) -> new Made(instant(rs, 1), rs.getLong(3), "CANCELLED".equals(rs.getString(2)),
					recorded ? rs.getBoolean(4) : null, recorded ? "NO_SHOW".equals(rs.getString(5)) : null,
					rs.getObject(6) != null))
			.list();
	}

	/**
	 * THE ONE READ OF {@code appointment.room_id} (and the {@code room} table's names): booked appointments in
	 * [from, to) that took a room, with the room; empty (not zero) while the clinic has no rooms in its schema.
	 */
	public java.util.Optional<List<InRoom>> inRooms(Instant from, Instant to) {
		if (!hasColumn("room_id") || !roomHasName()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(jdbc.sql("""
				select a.room_id, r.name, a.start_at, a.end_at from appointment a join room r on r.id = a.room_id
				where a.status = 'BOOKED' and a.start_at >= :from and a.start_at < :to""")
			.param("from", ts(from))
			.param("to", ts(to))
			.query((rs, row) -> new InRoom(rs.getLong(1), rs.getString(2), instant(rs, 3), instant(rs, 4)))
			.list());
	}

	public record InRoom(long roomId, String room, Instant start, Instant end) {
	}

	private volatile Boolean roomNames;

	private boolean roomHasName() {
		Boolean known = roomNames;
		if (known == null) {
			known = jdbc.sql("""
					select count(*) from information_schema.columns
					where lower(table_name) = 'room' and lower(column_name) = 'name'
					  and lower(table_schema) = lower(current_schema)""").query(Long.class).single() > 0;
			roomNames = known;
		}
		return known;
	}

	/** Whether late cancellations and no-shows are recorded at all (both columns exist). */
	public boolean recordsAttendance() {
		return hasColumn("late_cancellation") && hasColumn("attendance");
	}

	private volatile Boolean creditUses;

	private boolean hasTable(String table) {
		Boolean known = creditUses;
		if (known == null) {
			known = jdbc.sql("""
					select count(*) from information_schema.tables
					where lower(table_name) = :table and lower(table_schema) = lower(current_schema)""")
				.param("table", table)
				.query(Long.class)
				.single() > 0;
			creditUses = known;
		}
		return known;
	}

	private boolean hasColumn(String column) {
		Set<String> columns = appointmentColumns;
		if (columns == null) {
			columns = jdbc.sql("""
					select column_name from information_schema.columns
					where lower(table_name) = 'appointment' and lower(table_schema) = lower(current_schema)""")
				.query(String.class)
				.list()
				.stream()
				.map(name -> name.toLowerCase(java.util.Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
			appointmentColumns = columns;
		}
		return columns.contains(column);
	}

	// ---- races and plans ----

	/** How many runners have an A or B race on each day from..to that has one. */
	public List<RaceDay> raceDays(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select race_date, count(distinct runner_id) from race
				where priority in ('A', 'B') and race_date >= :from and race_date <= :to
				group by race_date order by race_date""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new RaceDay(rs.getObject(1, LocalDate.class), rs.getInt(2)))
			.list();
	}

	public record RaceDay(LocalDate date, int runners) {
	}

	/**
	 * The pre- and post-race massages in the plans of runners with an A or B race from..to, with the race they
	 * belong to (the plan's suggestions dated within {@code daysAround} of one of the runner's races). Runner ids
	 * stay in this module: the report counts them.
	 */
	public List<Planned> plannedAroundRaces(LocalDate from, LocalDate to, int daysAround) {
		return jdbc.sql("""
				select r.race_date, p.runner_id, p.kind, p.suggestion_date, p.duration_minutes, p.appointment_id
				from race r join plan_suggestion p on p.runner_id = r.runner_id
				where r.priority in ('A', 'B') and r.race_date >= :from and r.race_date <= :to
				  and p.kind in ('BEFORE_RACE', 'AFTER_RACE')
				  and p.suggestion_date >= :windowFrom and p.suggestion_date <= :windowTo""")
			.param("from", from)
			.param("to", to)
			.param("windowFrom", from.minusDays(daysAround))
			.param("windowTo", to.plusDays(daysAround))
			.query((rs, row) -> new Planned(rs.getObject(1, LocalDate.class), rs.getLong(2),
					"BEFORE_RACE".equals(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getInt(5),
					rs.getObject(6) != null))
			.list();
	}

	public record Planned(LocalDate raceDate, long runnerId, boolean beforeRace, LocalDate date, int minutes,
			boolean booked) {
	}

	private static java.time.OffsetDateTime ts(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}

	private static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
	}

}
