package io.runrub.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.booking.AppointmentId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.AvailableTime;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static io.runrub.planner.PlanScenarioTests.SERVICES;
import static io.runrub.planner.PlanScenarioTests.THREE_A_WEEK;
import static io.runrub.planner.PlanScenarioTests.profile;
import static io.runrub.planner.PlanScenarioTests.weeks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runner's real week and the clinic's real calendar (issue 9, deliverable 5): the plan only suggests days and
 * times when the clinic is open, the runner can come and a therapist who offers the massage works — the preferred
 * therapist first, and when they cannot, the suggestion says so and who instead; appointments the runner already has
 * count toward the budget.
 */
class RunnersWeekAndClinicCalendarTests {

	static final LocalDate TODAY = PlanScenarioTests.TODAY;

	static final TherapistId JOHN = TherapistId.of(1);

	static final TherapistId MIKE = TherapistId.of(2);

	final PlanGenerator generator = new PlanGenerator();

	/** John works Saturdays only; Mike works Monday to Friday, 09:00-21:00. Both offer everything runners need. */
	static final List<PlanningInput.TherapistOption> JOHN_SATURDAYS_MIKE_WEEKDAYS = List.of(
			new PlanningInput.TherapistOption(JOHN, "John",
					EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.SWEDISH),
					List.of(hours(DayOfWeek.SATURDAY, "08:00", "14:00")), List.of()),
			new PlanningInput.TherapistOption(MIKE, "Mike",
					EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.SWEDISH),
					List.of(hours(DayOfWeek.MONDAY, "09:00", "21:00"), hours(DayOfWeek.TUESDAY, "09:00", "21:00"),
							hours(DayOfWeek.WEDNESDAY, "09:00", "21:00"), hours(DayOfWeek.THURSDAY, "09:00", "21:00"),
							hours(DayOfWeek.FRIDAY, "09:00", "21:00")),
					List.of()));

	@Test
	void theLightMassageBeforeARaceIsNeverOnChristmasDayWhenTheClinicIsClosed() {
		LocalDate race = LocalDate.of(2026, 12, 28); // a Monday; 2-3 days before: Christmas Day or Boxing Day
		LocalDate from = LocalDate.of(2026, 12, 21);
		// Christmas Day is a rest day, so it is the best of the two days before the race
		List<TrainingDay> days = List.of(new TrainingDay(LocalDate.of(2026, 12, 25), false, false, true, "rest"),
				new TrainingDay(LocalDate.of(2026, 12, 26), true, false, false, "intervals"));
		PlanningInput input = new PlanningInput(from.minusDays(1), from, race.plusDays(3),
				profile(4, Pressure.FIRM, 30000, List.of()), List.of(), List.of(), days,
				List.of(new RaceDay(race, "Boxing Day 10K", RacePriority.B)), Set.of(), Set.of(), SERVICES,
				PlanScenarioTests.THERAPISTS, List.of(), Set.of(), false)
			.with(Set.of(LocalDate.of(2026, 12, 25)), List.of());

		Plan plan = generator.generate(input);

		assertThat(plan.suggestions()).noneMatch(suggestion -> suggestion.date().equals(LocalDate.of(2026, 12, 25)));
		assertThat(plan.suggestions()).allSatisfy(
				suggestion -> assertThat(suggestion.alternatives()).doesNotContain(LocalDate.of(2026, 12, 25)));
		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.kind() == Suggestion.Kind.BEFORE_RACE)
			.singleElement()
			.satisfies(suggestion -> assertThat(suggestion.date()).isEqualTo(LocalDate.of(2026, 12, 26)));
	}

	@Test
	void onADayThePreferredTherapistNeverWorksTheSuggestionNamesWhoInsteadAndWhy() {
		LocalDate race = LocalDate.of(2026, 4, 11); // a Saturday: the light massage falls on Wednesday or Thursday
		RunnerProfile profile = withPreferred(profile(4, Pressure.FIRM, 30000, List.of()), JOHN);
		PlanningInput input = new PlanningInput(TODAY, TODAY.plusDays(1), race.plusDays(3), profile, List.of(),
				List.of(), weeks(TODAY, race, THREE_A_WEEK), List.of(new RaceDay(race, "Spring 10K", RacePriority.B)),
				Set.of(), Set.of(), SERVICES, JOHN_SATURDAYS_MIKE_WEEKDAYS, List.of(), Set.of(), false);

		Plan plan = generator.generate(input);

		Suggestion beforeRace = plan.suggestions()
			.stream()
			.filter(suggestion -> suggestion.kind() == Suggestion.Kind.BEFORE_RACE)
			.findFirst()
			.orElseThrow();
		assertThat(beforeRace.date().getDayOfWeek()).isIn(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
		assertThat(beforeRace.therapistId()).as("John never works on a %s", beforeRace.date().getDayOfWeek())
			.isEqualTo(MIKE);
		assertThat(beforeRace.reasons()).anySatisfy(reason -> assertThat(reason.text())
			.contains("John does not work on " + Character.toUpperCase(
					beforeRace.date().getDayOfWeek().name().charAt(0))
					+ beforeRace.date().getDayOfWeek().name().substring(1).toLowerCase() + "s, so Mike instead"));
		// on the days John works, John it is, and nothing is said
		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.date().getDayOfWeek() == DayOfWeek.SATURDAY)
			.allSatisfy(suggestion -> assertThat(suggestion.therapistId()).isEqualTo(JOHN));
		assertThat(plan.suggestions()).allSatisfy(suggestion -> assertThat(suggestion.date().getDayOfWeek())
			.isNotEqualTo(DayOfWeek.SUNDAY));
	}

	@Test
	void aRunnerWhoCanOnlyComeOnWeekdayEveningsIsNeverOfferedAnotherTime() {
		LocalDate to = TODAY.plusWeeks(10);
		RunnerProfile profile = profile(4, Pressure.FIRM, 30000, List.of())
			.withAvailability(List.of(new AvailableTime(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)),
					new AvailableTime(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(21, 0))));
		PlanningInput input = new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, List.of(), List.of(),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), Set.of(), SERVICES, JOHN_SATURDAYS_MIKE_WEEKDAYS,
				List.of(), Set.of(), false);

		Plan plan = generator.generate(input);

		assertThat(plan.suggestions()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(plan.suggestions()).allSatisfy(suggestion -> {
			assertThat(suggestion.date().getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
			assertThat(suggestion.alternatives()).allSatisfy(
					day -> assertThat(day.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
			assertThat(suggestion.therapistId()).isEqualTo(MIKE);
			assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason.text()).contains("18:00\u201321:00"));
		});
	}

	@Test
	void aTherapistOnTimeOffIsNotSuggestedThatDay() {
		LocalDate to = TODAY.plusWeeks(6);
		List<PlanningInput.TherapistOption> mikeAway = List.of(new PlanningInput.TherapistOption(MIKE, "Mike",
				EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.SWEDISH),
				List.of(hours(DayOfWeek.TUESDAY, "09:00", "21:00"), hours(DayOfWeek.THURSDAY, "09:00", "21:00")),
				List.of(new PlanningInput.Away(TODAY.atStartOfDay(), TODAY.plusWeeks(3).atStartOfDay()))));
		PlanningInput input = new PlanningInput(TODAY, TODAY.plusDays(1), to, profile(4, Pressure.FIRM, 30000,
				List.of()), List.of(), List.of(), weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), Set.of(),
				SERVICES, mikeAway, List.of(), Set.of(), false);

		Plan plan = generator.generate(input);

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.date()).isAfterOrEqualTo(TODAY.plusWeeks(3));
			assertThat(suggestion.date().getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
		});
	}

	@Test
	void anAppointmentBookedBeforeThePlanStartsCountsTowardThatMonthsBudget() {
		LocalDate from = LocalDate.of(2026, 3, 20);
		LocalDate to = LocalDate.of(2026, 4, 30);
		// £70 a month: the deep tissue massage booked on 5 March has spent March's budget
		RunnerProfile profile = profile(4, Pressure.FIRM, 7000, List.of());
		PlanningInput.BookedMassage fifthOfMarch = new PlanningInput.BookedMassage(AppointmentId.of(41),
				LocalDate.of(2026, 3, 5), Modality.DEEP_TISSUE, Money.of(7000, "GBP"));
		PlanningInput input = new PlanningInput(TODAY, from, to, profile, List.of(), List.of(),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), Set.of(), SERVICES, PlanScenarioTests.THERAPISTS,
				List.of(), Set.of(), false)
			.with(Set.of(), List.of(fifthOfMarch));

		Plan plan = generator.generate(input);

		Map<YearMonth, Long> spent = plan.suggestions()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(suggestion -> YearMonth.from(suggestion.date()),
					java.util.stream.Collectors.summingLong(suggestion -> suggestion.price().minorUnits())));
		assertThat(spent.getOrDefault(YearMonth.of(2026, 3), 0L)).as("March's budget is spent").isZero();
		assertThat(spent.get(YearMonth.of(2026, 4))).isPositive().isLessThanOrEqualTo(7000L);
	}

	@Test
	void aMassageTheRunnerBookedThemselvesCountsTowardHowOftenNotOnlyTowardTheBudget() {
		LocalDate from = LocalDate.of(2026, 3, 21);
		LocalDate to = LocalDate.of(2026, 5, 31);
		// four days a week: about every four weeks; a generous budget, so only the frequency decides
		RunnerProfile profile = profile(4, Pressure.FIRM, 40000, List.of());
		PlanningInput.BookedMassage byHand = new PlanningInput.BookedMassage(AppointmentId.of(42),
				LocalDate.of(2026, 4, 14), Modality.SPORTS, Money.of(6000, "GBP"));
		PlanningInput without = new PlanningInput(TODAY, from, to, profile, List.of(), List.of(),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), Set.of(), SERVICES, PlanScenarioTests.THERAPISTS,
				List.of(), Set.of(), false);
		PlanningInput with = new PlanningInput(TODAY, from, to, profile, List.of(), List.of(),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), Set.of(), SERVICES, PlanScenarioTests.THERAPISTS,
				List.of(byHand), Set.of(), false)
			.with(Set.of(), List.of(byHand));

		List<LocalDate> alone = generator.generate(without).suggestions().stream().map(Suggestion::date).toList();
		List<LocalDate> around = generator.generate(with).suggestions().stream().map(Suggestion::date).toList();

		assertThat(around).as("no planned massage within two weeks of the one booked on 14 April")
			.noneMatch(day -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, byHand.date())) < 14);
		assertThat(around.size()).as("the booked massage takes the place of one planned").isLessThan(alone.size());
		List<LocalDate> all = new java.util.ArrayList<>(around);
		all.add(byHand.date());
		java.util.Collections.sort(all);
		for (int i = 1; i < all.size(); i++) {
			assertThat(java.time.temporal.ChronoUnit.DAYS.between(all.get(i - 1), all.get(i)))
				.as("days between massages %s", all).isBetween(14L, 35L);
		}
	}

	private static WorkingPeriod hours(DayOfWeek day, String from, String to) {
		return new WorkingPeriod(day, LocalTime.parse(from), LocalTime.parse(to));
	}

	private static RunnerProfile withPreferred(RunnerProfile profile, TherapistId therapist) {
		return new RunnerProfile(profile.trainingDaysPerWeek(), profile.level(), profile.pressureTolerance(),
				profile.goals(), profile.monthlyBudget(), therapist, profile.complaints(), profile.availability());
	}

}
