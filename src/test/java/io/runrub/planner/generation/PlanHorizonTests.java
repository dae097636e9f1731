package io.runrub.planner.generation;

import java.time.LocalDate;
import java.util.List;

import io.runrub.planner.rules.RaceDay;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The default horizon: to a week after the last A or B race the clinic takes bookings for, else 12 weeks. */
class PlanHorizonTests {

	static final LocalDate FROM = LocalDate.of(2026, 3, 2);

	static final LocalDate LAST_BOOKABLE = FROM.plusDays(90);

	@Test
	void withoutRacesTwelveWeeks() {
		assertThat(PlanHorizon.defaultEnd(FROM, LAST_BOOKABLE, List.of())).isEqualTo(FROM.plusWeeks(12));
	}

	@Test
	void aWeekAfterTheLastAOrBRaceNotTheFirst() {
		RaceDay first = new RaceDay(FROM.plusWeeks(6), "Spring Marathon", RacePriority.A, 42_195.0);
		RaceDay second = new RaceDay(FROM.plusWeeks(9), "Summer Half", RacePriority.A, 21_097.5);
		RaceDay tuneUp = new RaceDay(FROM.plusWeeks(11), "Park 10k", RacePriority.B, 10_000.0);

		assertThat(PlanHorizon.defaultEnd(FROM, LAST_BOOKABLE, List.of(second, first)))
			.isEqualTo(second.date().plusDays(7));
		assertThat(PlanHorizon.defaultEnd(FROM, LAST_BOOKABLE, List.of(first, second, tuneUp)))
			.isEqualTo(tuneUp.date().plusDays(7));
	}

	@Test
	void cRacesAndRacesBeyondTheBookingWindowDoNotCount() {
		RaceDay a = new RaceDay(FROM.plusWeeks(4), "Spring 10k", RacePriority.A);
		RaceDay c = new RaceDay(FROM.plusWeeks(8), "Club Relay", RacePriority.C);
		RaceDay tooFar = new RaceDay(LAST_BOOKABLE.plusDays(1), "Autumn Marathon", RacePriority.A, 42_195.0);

		assertThat(PlanHorizon.defaultEnd(FROM, LAST_BOOKABLE, List.of(a, c, tooFar))).isEqualTo(a.date().plusDays(7));
		assertThat(PlanHorizon.defaultEnd(FROM, LAST_BOOKABLE, List.of(tooFar))).isEqualTo(FROM.plusWeeks(12));
	}

	@Test
	void aRaceOnTheLastBookableDayCounts() {
		RaceDay last = new RaceDay(LAST_BOOKABLE, "Late Half", RacePriority.B, 21_097.5);

		assertThat(PlanHorizon.defaultEnd(FROM, LAST_BOOKABLE, List.of(last))).isEqualTo(LAST_BOOKABLE.plusDays(7));
	}

}
