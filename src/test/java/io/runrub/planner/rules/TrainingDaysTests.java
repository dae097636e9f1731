package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How many days a week the runner trains, as their training calendar has it. */
class TrainingDaysTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	/** {@code perWeek} training days (Monday on) in each of {@code weeks} weeks from {@code from}. */
	static List<TrainingDay> training(LocalDate from, int weeks, int perWeek) {
		List<TrainingDay> days = new ArrayList<>();
		for (int week = 0; week < weeks; week++) {
			for (int day = 0; day < perWeek; day++) {
				days.add(new TrainingDay(from.plusWeeks(week).plusDays(day), false, false, false, "easy run"));
			}
		}
		return days;
	}

	@Test
	void countsTheTrainingDaysAroundTheDate() {
		List<TrainingDay> days = new ArrayList<>(training(MONDAY, 4, 3));
		days.addAll(training(MONDAY.plusWeeks(4), 6, 6));
		TrainingDays calendar = new TrainingDays(days);

		assertThat(calendar.daysPerWeekAround(MONDAY.plusDays(10))).hasValue(3);
		assertThat(calendar.daysPerWeekAround(MONDAY.plusWeeks(8))).hasValue(6);
		assertThat(calendar.daysPerWeekAround(MONDAY.plusWeeks(20))).as("past its end: its average").hasValue(5);
	}

	@Test
	void lessThanTwoWeeksOfTrainingOrOnlyRacesAndRestLeaveItToTheProfile() {
		assertThat(new TrainingDays(List.of()).daysPerWeekAround(MONDAY)).isEmpty();
		assertThat(new TrainingDays(training(MONDAY, 1, 5)).daysPerWeekAround(MONDAY)).isEmpty();
		assertThat(new TrainingDays(List.of(new TrainingDay(MONDAY, true, true, false, "race"),
				new TrainingDay(MONDAY.plusWeeks(3), true, true, false, "race"), TrainingDay.restDay(MONDAY.plusDays(1))))
			.daysPerWeekAround(MONDAY))
			.isEmpty();
	}

}
