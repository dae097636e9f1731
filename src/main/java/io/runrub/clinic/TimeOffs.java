package io.runrub.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import io.runrub.shared.TimeWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Therapists' time off. By hand rather than Spring Data JDBC: availability reads it by time range across many
 * therapists at once (a read-heavy screen), and its window is two columns of instants in UTC.
 */
@Repository
class TimeOffs {

	private final JdbcClient jdbc;

	TimeOffs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TimeOff save(TimeOff off) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into time_off (therapist_id, start_at, end_at, reason) values (:therapist, :start, :end, :reason)""")
			.param("therapist", off.therapistId().value())
			.param("start", utc(off.start()))
			.param("end", utc(off.end()))
			.param("reason", off.reason())
			.update(key, "id");
		return off.withId(key.getKeyAs(Long.class));
	}

	boolean delete(TherapistId therapistId, long timeOffId) {
		return jdbc.sql("delete from time_off where id = :id and therapist_id = :therapist")
			.param("id", timeOffId)
			.param("therapist", therapistId.value())
			.update() > 0;
	}

	List<TimeOff> endingAfter(TherapistId therapistId, Instant now) {
		return jdbc.sql("""
				select id, therapist_id, start_at, end_at, reason from time_off
				where therapist_id = :therapist and end_at > :now order by start_at""")
			.param("therapist", therapistId.value())
			.param("now", utc(now))
			.query(TimeOffs::timeOff)
			.list();
	}

	/** Time off of the given therapists that overlaps [from, to). */
	List<TimeOff> overlapping(Collection<TherapistId> therapistIds, Instant from, Instant to) {
		if (therapistIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, therapist_id, start_at, end_at, reason from time_off
				where therapist_id in (:ids) and start_at < :to and end_at > :from
				order by start_at""")
			.param("ids", therapistIds.stream().map(TherapistId::value).toList())
			.param("from", utc(from))
			.param("to", utc(to))
			.query(TimeOffs::timeOff)
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static TimeOff timeOff(ResultSet rs, int row) throws SQLException {
		return new TimeOff(rs.getLong("id"), TherapistId.of(rs.getLong("therapist_id")),
				new TimeWindow(rs.getObject("start_at", OffsetDateTime.class).toInstant(),
						rs.getObject("end_at", OffsetDateTime.class).toInstant()),
				rs.getString("reason"));
	}

}
