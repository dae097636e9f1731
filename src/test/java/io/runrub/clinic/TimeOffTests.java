package io.runrub.clinic;

import java.time.Instant;

import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeOffTests {

	private static final Instant NINE = Instant.parse("2026-03-31T09:00:00Z");

	private static final Instant FIVE = Instant.parse("2026-03-31T17:00:00Z");

	@Test
	void endsAfterItStarts() {
		assertThatThrownBy(() -> TimeOff.of(TherapistId.of(1), FIVE, NINE, "Backwards"))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("time-off-order"));
		assertThatThrownBy(() -> TimeOff.of(TherapistId.of(1), NINE, NINE, "Empty"))
			.isInstanceOf(DomainException.RuleViolation.class);
	}

	@Test
	void withoutAReasonItIsCalledTimeOff() {
		assertThat(TimeOff.of(TherapistId.of(1), NINE, FIVE, "  ").reason()).isEqualTo("Time off");
		assertThat(TimeOff.of(TherapistId.of(1), NINE, FIVE, " Dentist ").reason()).isEqualTo("Dentist");
	}

	@Test
	void overlapsWhatItSharesTimeWith() {
		TimeOff off = TimeOff.of(TherapistId.of(1), NINE, FIVE, "Course");

		assertThat(off.overlaps(new TimeWindow(FIVE.minusSeconds(60), FIVE.plusSeconds(3600)))).isTrue();
		assertThat(off.overlaps(new TimeWindow(FIVE, FIVE.plusSeconds(3600)))).isFalse();
		assertThat(off.overlaps(NINE.minusSeconds(3600), NINE)).isFalse();
	}

}
