package io.runrub.training.feeds;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps subscribed training plans current without a click: every quarter of an hour, one instance (ShedLock's row in
 * the database) reads again the feeds older than {@code runrub.training.feed-refresh-every} (default four hours).
 */
@Component
class FeedRefreshSchedule {

	private static final Logger log = LoggerFactory.getLogger(FeedRefreshSchedule.class);

	private final FeedSubscriptions subscriptions;

	FeedRefreshSchedule(FeedSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Scheduled(fixedDelayString = "${runrub.training.feed-refresh-check:PT15M}",
			initialDelayString = "${runrub.training.feed-refresh-check:PT15M}")
	@SchedulerLock(name = "training-feed-refresh", lockAtMostFor = "PT1H")
	void refresh() {
		int read = subscriptions.refreshDue();
		if (read > 0) {
			log.info("Read {} subscribed training feeds again", read);
		}
	}

}
