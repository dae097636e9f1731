package io.runrub.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled ({@code runrub.login.*}). Per email: from the {@code accountDelayFrom}th failure
 * each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s…), and from the
 * {@code accountLockAfter}th the email is locked for {@code lock}. Per client address the same, with higher numbers
 * (many people may share an address). Failures older than {@code lock} are forgotten.
 */
@ConfigurationProperties("runrub.login")
record LoginProperties(@DefaultValue("3") int accountDelayFrom, @DefaultValue("10") int accountLockAfter,
		@DefaultValue("60") int addressDelayFrom, @DefaultValue("100") int addressLockAfter,
		@DefaultValue("15m") Duration lock) {
}
