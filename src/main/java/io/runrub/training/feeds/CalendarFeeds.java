package io.runrub.training.feeds;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CalendarFeeds extends ListCrudRepository<CalendarFeed, Long> {

	/**
	 * Written out rather than derived: Spring Data JDBC renders a derived query's SQL again on every call, most of
	 * this read's CPU on the pages under load (JFR).
	 */
	@Query("select * from calendar_feed where runner_id = :runnerId order by id")
	List<CalendarFeed> findByRunnerIdOrderById(long runnerId);

	/** The feeds read longest ago (never read first) that were last read before {@code before}: one bounded batch. */
	@Query("""
			select * from calendar_feed
			where last_refreshed_at is null or last_refreshed_at < :before
			order by last_refreshed_at nulls first, id
			limit :limit""")
	List<CalendarFeed> findDue(Instant before, int limit);

}
