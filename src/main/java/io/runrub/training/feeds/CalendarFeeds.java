package io.runrub.training.feeds;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CalendarFeeds extends ListCrudRepository<CalendarFeed, Long> {

	List<CalendarFeed> findByRunnerIdOrderById(long runnerId);

}
