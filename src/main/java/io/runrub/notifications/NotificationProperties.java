package io.runrub.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages go out ({@code runrub.notifications.*}).
 *
 * @param dispatchInterval how often each instance looks for due messages (ISO-8601, default PT30S)
 * @param reminderBefore how long before an appointment its reminder is due (default PT24H)
 * @param maxTries how many times a message is tried before it ends as FAILED
 * @param firstRetry the wait after the first failure; each later wait doubles
 * @param claimFor how long an instance holds a message it claimed; an instance that dies holding one releases it
 * when this passes
 * @param baseUrl the address people reach RunRub at, for links in messages
 * @param from the sender's address
 */
@ConfigurationProperties("runrub.notifications")
public record NotificationProperties(@DefaultValue("PT30S") Duration dispatchInterval,
		@DefaultValue("PT24H") Duration reminderBefore, @DefaultValue("5") int maxTries,
		@DefaultValue("PT1M") Duration firstRetry, @DefaultValue("PT5M") Duration claimFor,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("RunRub <no-reply@runrub.local>") String from) {

	public NotificationProperties {
		if (maxTries < 1) {
			throw new IllegalArgumentException("runrub.notifications.max-tries must be at least 1");
		}
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

}
