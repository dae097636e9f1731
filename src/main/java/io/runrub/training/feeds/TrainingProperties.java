package io.runrub.training.feeds;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowPrivateFeedHosts whether calendar feeds may live on loopback or private addresses; off in production so
 * that a feed URL cannot be used to probe the clinic's own network, on in tests that serve a feed from localhost
 * @param feedTimeout how long fetching a feed may take
 * @param maxFeedBytes the largest feed accepted
 * @param feedRefreshEvery how old a subscribed feed's last read may grow before the scheduled refresh reads it again
 */
@ConfigurationProperties("runrub.training")
public record TrainingProperties(@DefaultValue("false") boolean allowPrivateFeedHosts,
		@DefaultValue("15s") Duration feedTimeout, @DefaultValue("5242880") long maxFeedBytes,
		@DefaultValue("PT4H") Duration feedRefreshEvery) {
}
