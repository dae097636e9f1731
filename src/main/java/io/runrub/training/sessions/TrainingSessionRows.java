package io.runrub.training.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import io.runrub.training.LoadMethod;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

import org.springframework.jdbc.core.RowMapper;

/**
 * A stored training session from its row, column by column, for the calendar's read of a range (every training page
 * reads six weeks and more): Spring Data JDBC's generic mapping of its 21 columns was 5% of all page CPU under the
 * load suite (JFR). The same {@link TrainingSession} as the repository's own mapping makes; a new column must be added
 * here as well as to the record ({@code TrainingSessionRowsIntegrationTests} compares the two).
 */
public class TrainingSessionRows implements RowMapper<TrainingSession> {

	static final String COLUMNS = """
			id, runner_id, session_date, start_time, type, type_guessed, status, title, duration_seconds,
			distance_meters, elevation_gain_meters, avg_heart_rate, rpe, notes, load, load_method,
			minutes_at_threshold, hard_override, source, source_key, created_at""";

	@Override
	public TrainingSession mapRow(ResultSet rs, int rowNum) throws SQLException {
		OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
		return new TrainingSession(rs.getLong("id"), rs.getLong("runner_id"),
				rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
				SessionType.valueOf(rs.getString("type")), rs.getBoolean("type_guessed"),
				SessionStatus.valueOf(rs.getString("status")), rs.getString("title"),
				rs.getObject("duration_seconds", Integer.class), rs.getObject("distance_meters", Double.class),
				rs.getObject("elevation_gain_meters", Double.class), rs.getObject("avg_heart_rate", Integer.class),
				rs.getObject("rpe", Integer.class), rs.getString("notes"), rs.getDouble("load"),
				LoadMethod.valueOf(rs.getString("load_method")), rs.getObject("minutes_at_threshold", Double.class),
				rs.getObject("hard_override", Boolean.class), rs.getString("source"), rs.getString("source_key"),
				created == null ? null : created.toInstant());
	}

}
