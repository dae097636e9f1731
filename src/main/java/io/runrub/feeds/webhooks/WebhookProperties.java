package io.runrub.feeds.webhooks;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are sent ({@code runrub.webhooks.*}); retries follow {@code runrub.notifications.max-tries} and
 * {@code first-retry}, as for messages.
 *
 * @param allowedHosts hosts that may be called over plain HTTP and on private addresses: empty in production (every
 * endpoint is HTTPS on a public address), {@code 127.0.0.1} in tests that run a receiver in the test
 * @param timeout how long one delivery may take
 * @param dispatchInterval how often each instance looks for due deliveries
 */
@ConfigurationProperties("runrub.webhooks")
public record WebhookProperties(@DefaultValue("") List<String> allowedHosts, @DefaultValue("PT10S") Duration timeout,
		@DefaultValue("PT30S") Duration dispatchInterval) {
}
