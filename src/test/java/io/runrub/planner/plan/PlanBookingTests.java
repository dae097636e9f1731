package io.runrub.planner.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.runrub.booking.Slot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposals for a plan: one massage a day, "day" as the clinic's people count it. */
class PlanBookingTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void aLateEveningAndAnEarlyMorningInSummerTimeAreTwoDaysNotOne() {
		// 23:15 on 30 June in London is 22:15 UTC; 00:30 on 1 July in London is 23:30 UTC on 30 June
		Slot lateEvening = slot(1, "2026-06-30T22:15:00Z");
		Slot earlyMorning = slot(2, "2026-06-30T23:30:00Z");
		assertThat(PlanBooking.overlaps(lateEvening, earlyMorning, LONDON)).isFalse();
	}

	@Test
	void twoTimesOnOneLondonDayThatUtcSplitsAreOneDay() {
		// 00:30 and 10:00 on 1 July in London: 23:30 UTC on 30 June and 09:00 UTC on 1 July
		assertThat(PlanBooking.overlaps(slot(1, "2026-06-30T23:30:00Z"), slot(2, "2026-07-01T09:00:00Z"), LONDON))
			.isTrue();
	}

	@Test
	void oneTherapistCannotGiveTwoOverlappingMassages() {
		assertThat(PlanBooking.overlaps(slot(1, "2026-06-30T10:00:00Z"), slot(1, "2026-06-30T10:30:00Z"), LONDON))
			.isTrue();
	}

	private static Slot slot(long therapist, String start) {
		Instant at = Instant.parse(start);
		return new Slot(io.runrub.clinic.TherapistId.of(therapist), at, at.plus(60, ChronoUnit.MINUTES));
	}

}
