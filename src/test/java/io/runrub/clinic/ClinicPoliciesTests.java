package io.runrub.clinic;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.runrub.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClinicPoliciesTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Tuesday 17 March 2026, 09:00 in London (GMT). */
	private static final Instant NOW = Instant.parse("2026-03-17T09:00:00Z");

	private final ClinicPolicies policies = new ClinicPolicies(Duration.ofHours(2), 14, Duration.ofHours(24));

	@Test
	void refusesNegativeNoticeOrCutoffAndNoBookableDay() {
		assertThatThrownBy(() -> new ClinicPolicies(Duration.ofMinutes(-1), 14, Duration.ZERO))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("clinic-policies-invalid"));
		assertThatThrownBy(() -> new ClinicPolicies(Duration.ZERO, 0, Duration.ZERO))
			.isInstanceOf(DomainException.RuleViolation.class);
		assertThatThrownBy(() -> new ClinicPolicies(Duration.ZERO, 1, Duration.ofHours(-1)))
			.isInstanceOf(DomainException.RuleViolation.class);
	}

	@Test
	void aStartAtTheEarliestMomentIsBookable() {
		assertThatCode(() -> policies.checkBookable(NOW.plus(Duration.ofHours(2)), NOW, LONDON))
			.doesNotThrowAnyException();
	}

	@Test
	void aStartInsideTheNoticeIsTooShortNoticeInHours() {
		assertThatThrownBy(() -> policies.checkBookable(NOW.plus(Duration.ofMinutes(119)), NOW, LONDON))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("too-short-notice");
				assertThat(ex.args()).containsExactly(2L);
			});
	}

	@Test
	void aNoticeOfOddMinutesIsNamedInMinutes() {
		ClinicPolicies ninety = new ClinicPolicies(Duration.ofMinutes(90), 14, Duration.ZERO);

		assertThatThrownBy(() -> ninety.checkBookable(NOW.plus(Duration.ofMinutes(60)), NOW, LONDON))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("too-short-notice-minutes");
				assertThat(ex.args()).containsExactly(90L);
			});
	}

	@Test
	void theLastBookableDayCountsInTheClinicsDays() {
		// 31 March 23:30 in London is still the 14th day ahead (BST starts on 29 March)
		assertThatCode(() -> policies.checkBookable(Instant.parse("2026-03-31T22:30:00Z"), NOW, LONDON))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> policies.checkBookable(Instant.parse("2026-03-31T23:30:00Z"), NOW, LONDON))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("too-far-ahead");
				assertThat(ex.args()).containsExactly(14);
			});
	}

	@Test
	void changesAreAllowedUntilTheCutoff() {
		Instant start = NOW.plus(Duration.ofHours(24));

		assertThat(policies.allowsChangeOf(start, NOW)).isTrue();
		assertThat(policies.allowsChangeOf(start, NOW.plusSeconds(1))).isFalse();
	}

}
