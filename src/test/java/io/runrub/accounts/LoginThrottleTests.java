package io.runrub.accounts;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long the next login must wait after so many recent failures. */
class LoginThrottleTests {

	static final Duration LOCK = Duration.ofMinutes(15);

	@Test
	void theFirstFailuresCostNothingThenTheDelayDoublesAndTheTenthLocksForFifteenMinutes() {
		assertThat(LoginThrottle.wait(1, 3, 10, LOCK)).isZero();
		assertThat(LoginThrottle.wait(2, 3, 10, LOCK)).isZero();
		assertThat(LoginThrottle.wait(3, 3, 10, LOCK)).hasSeconds(1);
		assertThat(LoginThrottle.wait(4, 3, 10, LOCK)).hasSeconds(2);
		assertThat(LoginThrottle.wait(9, 3, 10, LOCK)).hasSeconds(64);
		assertThat(LoginThrottle.wait(10, 3, 10, LOCK)).isEqualTo(LOCK);
		assertThat(LoginThrottle.wait(5000, 3, 10, LOCK)).isEqualTo(LOCK);
	}

	@Test
	void aLongDelayNeverOutlastsTheLock() {
		assertThat(LoginThrottle.wait(90, 30, 100, LOCK)).isEqualTo(LOCK);
	}

	@Test
	void anEmailForALogLineHasNoControlCharacters() {
		assertThat(ThrottledLogins.printable("eve@example.org\nINFO forged line")).doesNotContain("\n");
	}

}
