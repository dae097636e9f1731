package io.runrub.reports.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.TimeWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working time by hand: hours with a lunch break, less time off and closed days, less bookings; across a change of clocks. */
class WorkingTimeTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final List<WorkingPeriod> MONDAYS_WITH_LUNCH = List.of(
			new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
			new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

	@Test
	void theBreakBetweenPeriodsIsNotWorkingTime() {
		WorkingTime time = WorkingTime.of(LONDON, MONDAYS_WITH_LUNCH, MONDAY, MONDAY.plusDays(6), Set.of(), List.of());
		assertThat(time.minutes(MONDAY)).isEqualTo(420);
		assertThat(time.minutes(MONDAY.plusDays(1))).isZero();
		assertThat(time.minutes(MONDAY, MONDAY.plusDays(6))).isEqualTo(420);
	}

	@Test
	void timeOffAcrossTheBreakTakesOnlyTheWorkingPartOfIt() {
		// off 11:00-14:00: one hour before lunch and one after
		WorkingTime time = WorkingTime.of(LONDON, MONDAYS_WITH_LUNCH, MONDAY, MONDAY, Set.of(),
				List.of(window("2026-03-09T11:00", "2026-03-09T14:00")));
		assertThat(time.minutes(MONDAY)).isEqualTo(300);
	}

	@Test
	void aClosedDayHasNoWorkingTime() {
		WorkingTime time = WorkingTime.of(LONDON, MONDAYS_WITH_LUNCH, MONDAY, MONDAY.plusWeeks(1), Set.of(MONDAY),
				List.of());
		assertThat(time.minutes(MONDAY, MONDAY.plusWeeks(1))).isEqualTo(420);
	}

	@Test
	void bookingsTakeTheirBlocksOutOfTheFreeTime() {
		WorkingTime free = WorkingTime.of(LONDON, MONDAYS_WITH_LUNCH, MONDAY, MONDAY, Set.of(), List.of())
			.without(List.of(window("2026-03-09T09:00", "2026-03-09T10:15"), window("2026-03-09T16:30", "2026-03-09T17:30")));
		assertThat(free.minutes(MONDAY)).isEqualTo(420 - 75 - 30);
	}

	@Test
	void hoursAreOnTheClinicClockOnBothSidesOfTheChangeOfClocks() {
		// 30 March 2026 is the first Monday of British Summer Time: still 09:00-17:00 less lunch on the clinic's clock
		WorkingTime time = WorkingTime.of(LONDON, MONDAYS_WITH_LUNCH, LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30),
				Set.of(), List.of(window("2026-03-30T09:00", "2026-03-30T10:00")));
		assertThat(time.minutes(LocalDate.of(2026, 3, 23))).isEqualTo(420);
		assertThat(time.minutes(LocalDate.of(2026, 3, 30))).isEqualTo(360);
	}

	@Test
	void theClinicIsOpenWhileAnyTherapistWorksCountedOnce() {
		// one works 09:00-12:00 and 13:00-17:00, the other 11:00-14:00: open 09:00-17:00
		List<WorkingPeriod> lateMornings = List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)));
		WorkingTime open = WorkingTime.anyOf(List.of(
				WorkingTime.of(LONDON, MONDAYS_WITH_LUNCH, MONDAY, MONDAY, Set.of(), List.of()),
				WorkingTime.of(LONDON, lateMornings, MONDAY, MONDAY, Set.of(), List.of())));
		assertThat(open.minutes(MONDAY)).isEqualTo(480);
	}

	static TimeWindow window(String from, String to) {
		return new TimeWindow(LocalDateTime.parse(from).atZone(LONDON).toInstant(),
				LocalDateTime.parse(to).atZone(LONDON).toInstant());
	}

}
