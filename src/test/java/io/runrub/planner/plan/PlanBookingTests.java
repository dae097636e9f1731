package io.runrub.planner.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.runrub.booking.Slot;
import io.runrub.shared.Modality;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

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

	@Test
	void aMassageThatCannotBePlacedIsNamedAsInASentenceWithArtKeepingItsCapitals() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		MessageSourceAccessor messages = new MessageSourceAccessor(source, Locale.UK);
		List<LocalDate> days = List.of(LocalDate.of(2026, 3, 24));

		assertThat(PlanBooking.noSlot(messages, 45, Modality.ART, days))
			.isEqualTo("No suitable therapist has a free 45-minute slot for Active Release Technique on the days this "
					+ "massage fits (Tue 24 Mar).");
		assertThat(PlanBooking.noSlot(messages, 60, Modality.DEEP_TISSUE, days)).contains("for deep tissue massage on");
	}

	private static Slot slot(long therapist, String start) {
		Instant at = Instant.parse(start);
		return new Slot(io.runrub.clinic.TherapistId.of(therapist), at, at.plus(60, ChronoUnit.MINUTES));
	}

}
