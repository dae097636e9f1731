package io.runrub.waitlist;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The waitlist's settings.
 * @param hold how long an offered slot is held for the runner it was offered to (ISO-8601, default 30 minutes)
 * @param expiryInterval how often expired holds are handed to the next waiting runner
 */
@ConfigurationProperties("runrub.waitlist")
public record WaitlistProperties(@DefaultValue("PT30M") Duration hold, @DefaultValue("PT1M") Duration expiryInterval) {

	public WaitlistProperties {
		if (hold.isNegative() || hold.isZero()) {
			throw new IllegalArgumentException("runrub.waitlist.hold must be positive");
		}
	}

}
