package io.runrub.training.sessions;

import java.time.LocalDate;
import java.util.List;

import io.runrub.training.LoadMethod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A runner's completed load per day over their whole history, summed by the database: one row per day and method
 * rather than one per session, so the load model reads years of training in one short query.
 */
@Component
public class LoadHistory {

	private final JdbcClient jdbc;

	LoadHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The completed load of one day by one method. */
	public record DayLoad(LocalDate date, LoadMethod method, double load) {
	}

	/**
	 * Every day with completed training, oldest first. All of them, not only those up to the last day asked for: when
	 * history starts and what its first weeks held decide every day's numbers.
	 */
	public List<DayLoad> completed(long runnerId) {
		return jdbc.sql("""
				select session_date, load_method, sum(load) as day_load from training_session
				where runner_id = :runnerId and status = 'COMPLETED'
				group by session_date, load_method
				order by session_date""")
			.param("runnerId", runnerId)
			.query((rs, row) -> new DayLoad(rs.getObject("session_date", LocalDate.class),
					LoadMethod.valueOf(rs.getString("load_method")), rs.getDouble("day_load")))
			.list();
	}

}
