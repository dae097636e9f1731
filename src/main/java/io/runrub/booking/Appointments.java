package io.runrub.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.RoomId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.TimeWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Appointments, stored with handwritten SQL rather than Spring Data JDBC: the booking path needs to control every
 * statement, because the no-overlap guarantee rests on the order of the row lock, the insert and the exclusion
 * constraint (see {@link OverlapGuard}), and availability reads many therapists' blocks in one query.
 */
@Repository
class Appointments {

	private static final String COLUMNS = """
			id, runner_id, therapist_id, service_id, start_at, end_at, block_start, block_end, status,
			idempotency_key, created_at, cancelled_at, calendar_sequence, room_id""";

	private final JdbcClient jdbc;

	Appointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String INSERT_COLUMNS = """
			runner_id, therapist_id, service_id, start_at, end_at, block_start, block_end, status, idempotency_key,
			created_at""";

	Appointment insert(Appointment appointment) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		bind(jdbc.sql("insert into appointment (" + INSERT_COLUMNS + """
				) values (:runner, :therapist, :service, :start, :end, :blockStart, :blockEnd, :status, :key, :created)"""),
				appointment)
			.update(key, "id");
		return appointment.withId(AppointmentId.of(key.getKeyAs(Long.class)));
	}

	/**
	 * PostgreSQL only: locks the therapist's row and inserts in one statement, the lock first (see
	 * {@link OverlapGuard}). Inserts nothing when a booked block of the therapist already overlaps (as of the
	 * statement's start; the exclusion constraint still refuses a later one) or, with {@code skipLocked}, when another
	 * transaction holds the therapist's row, instead of failing and rolling back.
	 */
	Optional<Appointment> insertLocked(Appointment appointment, boolean skipLocked) {
		return insertLocked(appointment, skipLocked, List.of());
	}

	/**
	 * As {@link #insertLocked(Appointment, boolean)}, and when {@code rooms} are given, in the first of them (by id)
	 * that has no overlapping booked block, locking its row after the therapist's (always in that order, so two
	 * bookings cannot deadlock) and, with {@code skipLocked}, passing over a room another booking is writing to.
	 * Inserts nothing when no such room is free; the exclusion constraint {@code appointment_room_no_overlap} refuses
	 * a room taken by a booking that committed after the statement began.
	 */
	Optional<Appointment> insertLocked(Appointment appointment, boolean skipLocked, List<Long> rooms) {
		if (!rooms.isEmpty()) {
			return insertLockedInRoom(appointment, skipLocked, rooms);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int rows = bind(jdbc.sql("""
				with locked as (
				  select t.id from therapist t
				  where t.id = :therapist and not exists (
				    select 1 from appointment a where a.therapist_id = :therapist and a.status = 'BOOKED'
				      and a.block_start < :blockEnd and a.block_end > :blockStart)
				  for update of t""" + (skipLocked ? " skip locked" : "") + ")\n insert into appointment ("
				+ INSERT_COLUMNS + """
				)
				select :runner, locked.id, :service, :start, :end, :blockStart, :blockEnd, :status,
				  cast(:key as varchar(100)), :created
				from locked"""), appointment)
			.update(key, "id");
		if (rows == 0) {
			return Optional.empty();
		}
		return Optional.of(appointment.withId(AppointmentId.of(key.getKeyAs(Long.class))));
	}

	/**
	 * H2, with the therapist's row already locked by {@link OverlapGuard#lock}: inserts unless a booked block of the
	 * therapist overlaps (H2 has no exclusion constraints, so under the lock this is the check).
	 */
	Optional<Appointment> insertIfFree(Appointment appointment) {
		return insertIfFree(appointment, List.of());
	}

	/**
	 * As {@link #insertIfFree(Appointment)}, and when {@code rooms} are given (their rows already locked by
	 * {@link OverlapGuard#lockRooms}), in the first of them (by id) without an overlapping booked block; inserts
	 * nothing when none is free.
	 */
	Optional<Appointment> insertIfFree(Appointment appointment, List<Long> rooms) {
		if (!rooms.isEmpty()) {
			return insertIfFreeInRoom(appointment, rooms);
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int rows = bind(jdbc.sql("insert into appointment (" + INSERT_COLUMNS + """
				)
				select cast(:runner as bigint), t.id, cast(:service as bigint), cast(:start as timestamp with time zone),
				  cast(:end as timestamp with time zone), cast(:blockStart as timestamp with time zone),
				  cast(:blockEnd as timestamp with time zone), cast(:status as varchar(20)), cast(:key as varchar(100)),
				  cast(:created as timestamp with time zone)
				from therapist t
				where t.id = :therapist and not exists (
				  select 1 from appointment a where a.therapist_id = :therapist and a.status = 'BOOKED'
				    and a.block_start < :blockEnd and a.block_end > :blockStart)"""), appointment)
			.update(key, "id");
		if (rows == 0) {
			return Optional.empty();
		}
		return Optional.of(appointment.withId(AppointmentId.of(key.getKeyAs(Long.class))));
	}

	private static final String ROOM_FREE = """
			not exists (select 1 from appointment a where a.room_id = r.id and a.status = 'BOOKED'
			    and a.block_start < :blockEnd and a.block_end > :blockStart)""";

	private static final String THERAPIST_FREE = """
			not exists (select 1 from appointment a where a.therapist_id = :therapist and a.status = 'BOOKED'
			    and a.block_start < :blockEnd and a.block_end > :blockStart)""";

	private Optional<Appointment> insertLockedInRoom(Appointment appointment, boolean skipLocked, List<Long> rooms) {
		String skip = skipLocked ? " skip locked" : "";
		// the room's CTE asks for the therapist's first (an init plan), so the therapist's row is always locked first
		String sql = "with locked as (select t.id from therapist t where t.id = :therapist and " + THERAPIST_FREE
				+ " for update of t" + skip + "),\n free_room as (select r.id from room r"
				+ " where r.id in (:rooms) and exists (select 1 from locked) and " + ROOM_FREE
				+ " order by r.id limit 1 for update of r" + skip + ")\n insert into appointment (" + INSERT_COLUMNS
				+ ", room_id)\n select :runner, locked.id, :service, :start, :end, :blockStart, :blockEnd, :status,"
				+ " cast(:key as varchar(100)), :created, free_room.id from locked, free_room";
		return insertReturningRoom(bind(jdbc.sql(sql), appointment).param("rooms", rooms), appointment);
	}

	private Optional<Appointment> insertIfFreeInRoom(Appointment appointment, List<Long> rooms) {
		String sql = "insert into appointment (" + INSERT_COLUMNS + """
				, room_id)
				select cast(:runner as bigint), t.id, cast(:service as bigint), cast(:start as timestamp with time zone),
				  cast(:end as timestamp with time zone), cast(:blockStart as timestamp with time zone),
				  cast(:blockEnd as timestamp with time zone), cast(:status as varchar(20)), cast(:key as varchar(100)),
				  cast(:created as timestamp with time zone),
				  (select min(r.id) from room r where r.id in (:rooms) and\s""" + ROOM_FREE + ")\n from therapist t"
				+ " where t.id = :therapist and " + THERAPIST_FREE
				+ "\n and exists (select 1 from room r where r.id in (:rooms) and " + ROOM_FREE + ")";
		return insertReturningRoom(bind(jdbc.sql(sql), appointment).param("rooms", rooms), appointment);
	}

	private static Optional<Appointment> insertReturningRoom(JdbcClient.StatementSpec statement,
			Appointment appointment) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int rows = statement.update(key, "id", "room_id");
		if (rows == 0) {
			return Optional.empty();
		}
		Map<String, Object> keys = key.getKeys();
		return Optional.of(appointment.withId(AppointmentId.of(number(keys, "id")))
			.inRoom(RoomId.of(number(keys, "room_id"))));
	}

	/** A generated key by name, whatever case the driver gives it. */
	private static long number(Map<String, Object> keys, String name) {
		return keys.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(name))
			.map(entry -> ((Number) entry.getValue()).longValue())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no generated " + name + " in " + keys.keySet()));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Appointment appointment) {
		return statement.param("runner", appointment.runnerId().value())
			.param("therapist", appointment.therapistId().value())
			.param("service", appointment.serviceId().value())
			.param("start", utc(appointment.start()))
			.param("end", utc(appointment.end()))
			.param("blockStart", utc(appointment.block().start()))
			.param("blockEnd", utc(appointment.block().end()))
			.param("status", appointment.status().name())
			.param("key", appointment.idempotencyKey())
			.param("created", utc(appointment.createdAt()));
	}

	/** Saves a changed status, time, therapist or room of an existing appointment. */
	void update(Appointment appointment) {
		jdbc.sql("""
				update appointment set start_at = :start, end_at = :end, block_start = :blockStart,
				  block_end = :blockEnd, status = :status, cancelled_at = :cancelled, calendar_sequence = :sequence,
				  therapist_id = :therapist, room_id = :room
				where id = :id""")
			.param("id", appointment.id().value())
			.param("therapist", appointment.therapistId().value())
			.param("room", appointment.roomId() == null ? null : appointment.roomId().value())
			.param("sequence", appointment.sequence())
			.param("start", utc(appointment.start()))
			.param("end", utc(appointment.end()))
			.param("blockStart", utc(appointment.block().start()))
			.param("blockEnd", utc(appointment.block().end()))
			.param("status", appointment.status().name())
			.param("cancelled", appointment.cancelledAt() == null ? null : utc(appointment.cancelledAt()))
			.update();
	}

	Optional<Appointment> findById(AppointmentId id) {
		return jdbc.sql("select " + COLUMNS + " from appointment where id = :id")
			.param("id", id.value())
			.query(Appointments::map)
			.optional();
	}

	Optional<Appointment> findByIdempotencyKey(RunnerId runnerId, String key) {
		return jdbc.sql("select " + COLUMNS + " from appointment where runner_id = :runner and idempotency_key = :key")
			.param("runner", runnerId.value())
			.param("key", key)
			.query(Appointments::map)
			.optional();
	}

	List<Appointment> findByRunner(RunnerId runnerId) {
		return jdbc.sql("select " + COLUMNS + " from appointment where runner_id = :runner order by start_at")
			.param("runner", runnerId.value())
			.query(Appointments::map)
			.list();
	}

	/**
	 * A runner's booked appointments that have not ended, by start: bounded by how far ahead the clinic takes bookings,
	 * so all of them.
	 */
	List<Appointment> findUpcomingByRunner(RunnerId runnerId, Instant now) {
		return jdbc.sql("select " + COLUMNS + """
				 from appointment where runner_id = :runner and status = 'BOOKED' and end_at > :now
				order by start_at, id""")
			.param("runner", runnerId.value())
			.param("now", utc(now))
			.query(Appointments::map)
			.list();
	}

	/**
	 * At most {@code limit} of a runner's past or cancelled appointments (everything not in
	 * {@link #findUpcomingByRunner}), newest first, after skipping the {@code offset} newest: one page of their history.
	 */
	List<Appointment> findEarlierByRunner(RunnerId runnerId, Instant now, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from appointment where runner_id = :runner and (status <> 'BOOKED' or end_at <= :now)
				order by start_at desc, id desc limit :limit offset :offset""")
			.param("runner", runnerId.value())
			.param("now", utc(now))
			.param("limit", limit)
			.param("offset", offset)
			.query(Appointments::map)
			.list();
	}

	List<Appointment> findByTherapist(TherapistId therapistId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + """
				 from appointment where therapist_id = :therapist and start_at < :to and end_at > :from
				order by start_at""")
			.param("therapist", therapistId.value())
			.param("from", utc(from))
			.param("to", utc(to))
			.query(Appointments::map)
			.list();
	}

	List<Appointment> findAll(Instant from, Instant to) {
		// the space before "from" is written out: a one-line text block loses its leading whitespace
		return jdbc.sql("select " + COLUMNS + " from appointment where start_at < :to and end_at > :from order by start_at")
			.param("from", utc(from))
			.param("to", utc(to))
			.query(Appointments::map)
			.list();
	}

	/** Marks an appointment as history recorded by an admin: it opens no clinical record until its runner confirms it. */
	void markRecordedBy(AppointmentId id, AccountId recordedBy) {
		jdbc.sql("update appointment set recorded_by = :by where id = :id")
			.param("id", id.value())
			.param("by", recordedBy.value())
			.update();
	}

	/** An admin booked it inside the clinic's notice (see {@link AppointmentBooking#bookForClient}). */
	void markNoticeOverriddenBy(AppointmentId id, AccountId admin) {
		jdbc.sql("update appointment set notice_overridden_by = :by where id = :id")
			.param("id", id.value())
			.param("by", admin.value())
			.update();
	}

	/** Why the clinic last moved or cancelled it, as the client was told. */
	void setChangeReason(AppointmentId id, String reason) {
		jdbc.sql("update appointment set change_reason = :reason where id = :id")
			.param("id", id.value())
			.param("reason", reason)
			.update();
	}

	/** Who recorded the appointment as history, if an admin did. */
	Optional<AccountId> recordedBy(AppointmentId id) {
		return jdbc.sql("select recorded_by from appointment where id = :id")
			.param("id", id.value())
			.query((rs, row) -> rs.getObject("recorded_by", Long.class))
			.optional()
			.map(AccountId::of);
	}

	/** The runner confirmed recorded history; a second confirmation keeps the first time. */
	boolean confirmByRunner(AppointmentId id, Instant at) {
		return jdbc.sql("update appointment set runner_confirmed_at = :at where id = :id and runner_confirmed_at is null")
			.param("id", id.value())
			.param("at", utc(at))
			.update() == 1;
	}

	/**
	 * The first booked appointment between the therapist and the runner that the runner made or confirmed: what lets
	 * the therapist into the runner's clinical record (see {@link CareGrant}).
	 */
	Optional<CareGrant> careGrant(TherapistId therapistId, RunnerId runnerId) {
		return jdbc.sql("""
				select id, recorded_by, runner_confirmed_at from appointment
				where therapist_id = :therapist and runner_id = :runner and status = 'BOOKED'
				  and (recorded_by is null or runner_confirmed_at is not null)
				order by start_at, id""")
			.param("therapist", therapistId.value())
			.param("runner", runnerId.value())
			.withMaxRows(1)
			.query((rs, row) -> {
				Long recordedBy = rs.getObject("recorded_by", Long.class);
				return new CareGrant(AppointmentId.of(rs.getLong("id")), runnerId, therapistId,
						AccountId.of(recordedBy == null ? runnerId.value() : recordedBy),
						instantOrNull(rs, "runner_confirmed_at"));
			})
			.optional();
	}

	/** Booked blocks by therapist and by room. */
	record Booked(Map<Long, List<TimeWindow>> byTherapist, Map<Long, List<TimeWindow>> byRoom) {
	}

	/**
	 * In one query: the booked blocks that overlap [from, to) of the given therapists, by therapist, and of the given
	 * rooms, by room.
	 */
	Booked bookedBlocks(Collection<Long> therapistIds, Collection<Long> roomIds, Instant from, Instant to) {
		if (roomIds.isEmpty()) {
			return new Booked(bookedBlocks(therapistIds, from, to), Map.of());
		}
		java.util.Set<Long> therapists = java.util.Set.copyOf(therapistIds);
		return jdbc.sql("""
				select therapist_id, room_id, block_start, block_end from appointment
				where status = 'BOOKED' and block_start < :to and block_end > :from
				  and (therapist_id in (:ids) or room_id in (:rooms))""")
			.param("ids", therapistIds.isEmpty() ? List.of(-1L) : therapistIds)
			.param("rooms", roomIds)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(rs -> {
				Map<Long, List<TimeWindow>> byTherapist = new java.util.HashMap<>();
				Map<Long, List<TimeWindow>> byRoom = new java.util.HashMap<>();
				while (rs.next()) {
					TimeWindow block = new TimeWindow(instant(rs, "block_start"), instant(rs, "block_end"));
					if (therapists.contains(rs.getLong("therapist_id"))) {
						byTherapist.computeIfAbsent(rs.getLong("therapist_id"), id -> new java.util.ArrayList<>())
							.add(block);
					}
					Long room = rs.getObject("room_id", Long.class);
					if (room != null && roomIds.contains(room)) {
						byRoom.computeIfAbsent(room, id -> new java.util.ArrayList<>()).add(block);
					}
				}
				return new Booked(byTherapist, byRoom);
			});
	}

	/** The booked blocks of the given therapists that overlap [from, to), by therapist. */
	Map<Long, List<TimeWindow>> bookedBlocks(Collection<Long> therapistIds, Instant from, Instant to) {
		if (therapistIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select therapist_id, block_start, block_end from appointment
				where therapist_id in (:ids) and status = 'BOOKED' and block_start < :to and block_end > :from""")
			.param("ids", therapistIds)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(rs -> {
				Map<Long, List<TimeWindow>> blocks = new java.util.HashMap<>();
				while (rs.next()) {
					blocks.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
						.add(new TimeWindow(instant(rs, "block_start"), instant(rs, "block_end")));
				}
				return blocks;
			});
	}

	/** What a booking must not clash with: the therapists' booked blocks and whether the runner is booked then. */
	record Clashes(Map<Long, List<TimeWindow>> blocks, boolean runnerBusy, Map<Long, List<TimeWindow>> roomBlocks,
			List<SlotHolds.Hold> holds) {
	}

	Clashes clashes(Collection<Long> therapistIds, Instant from, Instant to, RunnerId runnerId, TimeWindow window) {
		return clashes(therapistIds, List.of(), from, to, runnerId, window, null, null);
	}

	Clashes clashes(Collection<Long> therapistIds, Collection<Long> roomIds, Instant from, Instant to,
			RunnerId runnerId, TimeWindow window) {
		return clashes(therapistIds, roomIds, from, to, runnerId, window, null, null);
	}

	/**
	 * In one query: the booked blocks of the therapists that overlap [from, to), as {@link #bookedBlocks}, and whether
	 * the runner has a booked appointment overlapping their window, as {@link #runnerHasBookedOverlapping}.
	 */
	/**
	 * As above, and with {@code heldSelect} (see {@link SlotHolds#heldSelect}) the therapists' running holds in the
	 * same query, a hold being a row with its service's id.
	 */
	Clashes clashes(Collection<Long> therapistIds, Collection<Long> roomIds, Instant from, Instant to,
			RunnerId runnerId, TimeWindow window, String heldSelect, Instant now) {
		String sql = """
				select therapist_id, runner_id, room_id, start_at, end_at, block_start, block_end,
				  cast(null as bigint) as held_service from appointment
				where status = 'BOOKED' and (((therapist_id in (:ids) or room_id in (:rooms)) and block_start < :to
				    and block_end > :from)
				  or (runner_id = :runner and start_at < :end and end_at > :start))""";
		if (heldSelect != null) {
			sql += "\nunion all select h.therapist_id, h.runner_id, cast(null as bigint), h.start_at, h.start_at, "
					+ "h.start_at, h.start_at, h.service_id from (" + heldSelect + ") h";
		}
		List<SlotHolds.Hold> holds = new java.util.ArrayList<>();
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		if (heldSelect != null) {
			statement = statement.param("now", utc(now));
		}
		return statement
			.param("ids", therapistIds.isEmpty() ? List.of(-1L) : therapistIds)
			.param("rooms", roomIds.isEmpty() ? List.of(-1L) : roomIds)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("runner", runnerId.value())
			.param("start", utc(window.start()))
			.param("end", utc(window.end()))
			.query(rs -> {
				Map<Long, List<TimeWindow>> blocks = new java.util.HashMap<>();
				Map<Long, List<TimeWindow>> roomBlocks = new java.util.HashMap<>();
				boolean busy = false;
				while (rs.next()) {
					long heldService = rs.getLong("held_service");
					if (!rs.wasNull()) {
						holds.add(new SlotHolds.Hold(TherapistId.of(rs.getLong("therapist_id")),
								io.runrub.clinic.ServiceId.of(heldService), instant(rs, "start_at"),
								RunnerId.of(rs.getLong("runner_id"))));
						continue;
					}
					TimeWindow block = new TimeWindow(instant(rs, "block_start"), instant(rs, "block_end"));
					boolean inRange = block.start().isBefore(to) && block.end().isAfter(from);
					if (therapistIds.contains(rs.getLong("therapist_id")) && inRange) {
						blocks.computeIfAbsent(rs.getLong("therapist_id"), id -> new java.util.ArrayList<>()).add(block);
					}
					Long room = rs.getObject("room_id", Long.class);
					if (room != null && roomIds.contains(room) && inRange) {
						roomBlocks.computeIfAbsent(room, id -> new java.util.ArrayList<>()).add(block);
					}
					busy |= rs.getLong("runner_id") == runnerId.value()
							&& new TimeWindow(instant(rs, "start_at"), instant(rs, "end_at")).overlaps(window);
				}
				return new Clashes(blocks, busy, roomBlocks, List.copyOf(holds));
			});
	}

	/** Whether another booked appointment of the therapist overlaps the block. */
	boolean overlapsBooked(TherapistId therapistId, TimeWindow block, AppointmentId exceptId) {
		return jdbc.sql("""
				select count(*) from appointment
				where therapist_id = :therapist and status = 'BOOKED' and block_start < :end and block_end > :start
				  and id <> :except""")
			.param("therapist", therapistId.value())
			.param("start", utc(block.start()))
			.param("end", utc(block.end()))
			.param("except", exceptId == null ? -1L : exceptId.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Whether another booked appointment in the room overlaps the block. */
	boolean roomOverlapsBooked(RoomId roomId, TimeWindow block, AppointmentId exceptId) {
		return jdbc.sql("""
				select count(*) from appointment
				where room_id = :room and status = 'BOOKED' and block_start < :end and block_end > :start
				  and id <> :except""")
			.param("room", roomId.value())
			.param("start", utc(block.start()))
			.param("end", utc(block.end()))
			.param("except", exceptId == null ? -1L : exceptId.value())
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the runner has another booked appointment overlapping the window. */
	boolean runnerHasBookedOverlapping(RunnerId runnerId, TimeWindow window, AppointmentId exceptId) {
		return jdbc.sql("""
				select count(*) from appointment
				where runner_id = :runner and status = 'BOOKED' and start_at < :end and end_at > :start
				  and id <> :except""")
			.param("runner", runnerId.value())
			.param("start", utc(window.start()))
			.param("end", utc(window.end()))
			.param("except", exceptId == null ? -1L : exceptId.value())
			.query(Long.class)
			.single() > 0;
	}

	private static Appointment map(ResultSet rs, int row) throws SQLException {
		return new Appointment(AppointmentId.of(rs.getLong("id")), RunnerId.of(rs.getLong("runner_id")),
				TherapistId.of(rs.getLong("therapist_id")), ServiceId.of(rs.getLong("service_id")),
				instant(rs, "start_at"), instant(rs, "end_at"),
				new TimeWindow(instant(rs, "block_start"), instant(rs, "block_end")),
				AppointmentStatus.valueOf(rs.getString("status")), rs.getString("idempotency_key"),
				instant(rs, "created_at"), instantOrNull(rs, "cancelled_at"), rs.getInt("calendar_sequence"),
				roomOrNull(rs));
	}

	private static RoomId roomOrNull(ResultSet rs) throws SQLException {
		Long room = rs.getObject("room_id", Long.class);
		return room == null ? null : RoomId.of(room);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}


	// attendance and late cancellations (kept apart from the aggregate's columns: they are set once, after the fact)

	/** Marks a cancelled appointment as cancelled late by its runner. */
	void markLateCancellation(AppointmentId id) {
		jdbc.sql("update appointment set late_cancellation = true where id = :id").param("id", id.value()).update();
	}

	/**
	 * Records whether the runner came, once: true if it was recorded now, false if it had been recorded before (the
	 * condition makes two racing requests record it once).
	 */
	boolean recordAttendance(AppointmentId id, Attendance attendance, Instant at) {
		return jdbc.sql("""
				update appointment set attendance = :attendance, attendance_marked_at = :at
				where id = :id and attendance is null and status = 'BOOKED'""")
			.param("id", id.value())
			.param("attendance", attendance.name())
			.param("at", utc(at))
			.update() == 1;
	}

	/** What was recorded of each of these appointments: whether the runner came, and whether it was cancelled late. */
	Map<AppointmentId, AttendanceRecord> attendance(java.util.Collection<AppointmentId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<AppointmentId, AttendanceRecord> records = new java.util.HashMap<>();
		jdbc.sql("select id, attendance, late_cancellation from appointment where id in (:ids)")
			.param("ids", ids.stream().map(AppointmentId::value).toList())
			.query(rs -> {
				String attendance = rs.getString("attendance");
				records.put(AppointmentId.of(rs.getLong("id")), new AttendanceRecord(
						attendance == null ? null : Attendance.valueOf(attendance), rs.getBoolean("late_cancellation")));
			});
		return records;
	}

	/** A runner's record: appointments attended, missed and cancelled late, and those recorded either way. */
	AttendanceSummary attendanceSummary(RunnerId runnerId) {
		return jdbc.sql("""
				select count(case when attendance = 'ATTENDED' then 1 end) as attended,
				       count(case when attendance = 'NO_SHOW' then 1 end) as no_shows,
				       count(case when late_cancellation then 1 end) as late
				from appointment where runner_id = :runner""")
			.param("runner", runnerId.value())
			.query((rs, row) -> new AttendanceSummary(rs.getInt("attended"), rs.getInt("no_shows"), rs.getInt("late")))
			.single();
	}

}
