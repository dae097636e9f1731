package io.runrub.training.feeds;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** A subscribed iCalendar feed of planned workouts (TrainingPeaks, Final Surge, Runna, TrainerRoad). */
record CalendarFeed(@Id Long id, long runnerId, String url, Instant lastRefreshedAt, String lastResult) {

	String source() {
		return "FEED:" + id;
	}

	CalendarFeed refreshed(Instant at, String result) {
		return new CalendarFeed(id, runnerId, url, at, result);
	}

	FeedView view() {
		return new FeedView(id, url, lastRefreshedAt, lastResult);
	}

}
