package io.runrub.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static io.runrub.planner.PlanScenarioTests.MARATHONER;
import static io.runrub.planner.PlanScenarioTests.SERVICES;
import static io.runrub.planner.PlanScenarioTests.THERAPISTS;
import static io.runrub.planner.PlanScenarioTests.THREE_A_WEEK;
import static io.runrub.planner.PlanScenarioTests.TODAY;
import static io.runrub.planner.PlanScenarioTests.profile;
import static io.runrub.planner.PlanScenarioTests.weeks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often, and what the budget does to it: the bullets of issue 9's "What is wrong today" about frequency, budget,
 * injuries and recurring pain, each a named test against the pure generator (the cheapest massage here is a 30-minute
 * sports massage at £40, a movement assessment £55, a 60-minute sports massage £65).
 */
class CadenceScenarioTests {

	final PlanGenerator generator = new PlanGenerator();

	static PlanningInput input(RunnerProfile profile, List<TrainingDay> days, List<RaceDay> races,
			Set<LocalDate> peakWeeks, LocalDate to, Set<BodyArea> recurringPain) {
		return new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, List.of(), List.of(), days, races, Set.of(),
				peakWeeks, SERVICES, THERAPISTS, List.of(), recurringPain, false);
	}

	static List<Long> gaps(List<Suggestion> suggestions) {
		List<Long> gaps = new ArrayList<>();
		for (int i = 1; i < suggestions.size(); i++) {
			gaps.add(suggestions.get(i).date().toEpochDay() - suggestions.get(i - 1).date().toEpochDay());
		}
		return gaps;
	}

	static final Map<DayOfWeek, String> SIX_A_WEEK;

	static {
		Map<DayOfWeek, String> six = new HashMap<>(MARATHONER);
		six.put(DayOfWeek.MONDAY, "easy run");
		SIX_A_WEEK = Map.copyOf(six);
	}

	@Test
	void monthlyMeansAboutEveryFourWeeksNotEveryThreeWeeks() {
		LocalDate to = TODAY.plusWeeks(16);
		Plan plan = generator.generate(input(profile(3, Pressure.FIRM, 30000, List.of()),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), to, Set.of()));

		assertThat(plan.suggestions()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(gaps(plan.suggestions())).as("days between massages, 'about once a month'")
			.allSatisfy(gap -> assertThat(gap).isBetween(25L, 31L));
	}

	@Test
	void fortnightlyMeansAboutEveryTwoWeeks() {
		LocalDate to = TODAY.plusWeeks(12);
		Plan plan = generator.generate(input(profile(5, Pressure.FIRM, 30000, List.of()),
				weeks(TODAY, to, MARATHONER), List.of(), Set.of(), to, Set.of()));

		assertThat(plan.suggestions()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(gaps(plan.suggestions())).allSatisfy(gap -> assertThat(gap).isBetween(12L, 16L));
	}

	@Test
	void massagesTheBudgetDropsDoNotLeaveFiveWeekGapsInAPeakMarathonBlock() {
		LocalDate race = TODAY.plusWeeks(14);
		Set<LocalDate> peaks = new HashSet<>();
		for (LocalDate monday = TODAY.with(DayOfWeek.MONDAY); monday.isBefore(race); monday = monday.plusWeeks(1)) {
			peaks.add(monday);
		}
		for (int budget : new int[] { 6500, 13000 }) {
			Plan plan = generator.generate(input(profile(6, Pressure.FIRM, budget, List.of()),
					weeks(TODAY, race.plusDays(7), SIX_A_WEEK),
					List.of(new RaceDay(race, "City Marathon", RacePriority.A)), peaks, race.plusDays(7), Set.of()));
			List<Suggestion> block = plan.suggestions().stream().filter(s -> s.date().isBefore(race)).toList();

			assertThat(plan.warnings()).as("£%d: the budget leaves some out", budget / 100)
				.anySatisfy(warning -> assertThat(warning.rule()).isEqualTo("FREQ-BUDGET"));
			assertThat(gaps(block)).as("£%d a month: days between massages before the race", budget / 100)
				.allSatisfy(gap -> assertThat(gap).isLessThanOrEqualTo(budget == 6500 ? 32L : 18L));
		}
	}

	@Test
	void aBudgetUnderOneMassageAMonthSavesUpForOneEverySixToEightWeeks() {
		LocalDate to = TODAY.plusWeeks(16);
		Plan plan = generator.generate(input(profile(3, Pressure.FIRM, 3000, List.of()),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), to, Set.of()));

		assertThat(plan.suggestions()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(suggestion -> {
			assertThat(suggestion.price().minorUnits()).isEqualTo(4000);
			assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason.text()).contains("saved up"));
		});
		assertThat(plan.suggestions().get(0).date()).as("after saving, not before")
			.isAfterOrEqualTo(TODAY.plusWeeks(6).minusDays(3));
		assertThat(gaps(plan.suggestions())).allSatisfy(gap -> assertThat(gap).isBetween(39L, 59L));
		assertThat(plan.warnings()).anySatisfy(warning -> assertThat(warning.text())
			.isEqualTo("Your budget of £30 a month is less than one massage (the cheapest is £40), so the plan saves "
					+ "up: one massage about every 6 weeks."));
	}

	@Test
	void aTinyOrZeroBudgetNeverYieldsNothing() {
		LocalDate to = TODAY.plusWeeks(12);
		for (int budget : new int[] { 0, 500, 1500 }) {
			Plan plan = generator.generate(input(profile(3, Pressure.FIRM, budget, List.of()),
					weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), to, Set.of()));

			assertThat(plan.suggestions()).as("£%d a month", budget / 100).isNotEmpty();
			assertThat(plan.warnings()).as("£%d a month", budget / 100)
				.anySatisfy(warning -> assertThat(warning.text()).contains("every 8 weeks")
					.contains("more than your budget"));
		}
	}

	@Test
	void frequencyFollowsTheTrainingCalendarNotTheProfile() {
		LocalDate to = TODAY.plusWeeks(12);
		Plan sixInProfileThreeInCalendar = generator.generate(input(profile(6, Pressure.FIRM, 30000, List.of()),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), to, Set.of()));
		Plan twoInProfileFiveInCalendar = generator.generate(input(profile(2, Pressure.FIRM, 30000, List.of()),
				weeks(TODAY, to, MARATHONER), List.of(), Set.of(), to, Set.of()));

		assertThat(gaps(sixInProfileThreeInCalendar.suggestions())).isNotEmpty()
			.allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(25L));
		assertThat(sixInProfileThreeInCalendar.suggestions().get(0).reasons())
			.anySatisfy(reason -> assertThat(reason.text())
				.isEqualTo("Your training calendar has 3 training days a week: a massage about once a month."));
		assertThat(gaps(twoInProfileFiveInCalendar.suggestions())).isNotEmpty()
			.allSatisfy(gap -> assertThat(gap).isLessThanOrEqualTo(16L));
	}

	@Test
	void withoutTrainingInTheCalendarTheProfileSetsHowOften() {
		LocalDate to = TODAY.plusWeeks(12);
		Plan plan = generator.generate(input(profile(5, Pressure.FIRM, 30000, List.of()), List.of(), List.of(),
				Set.of(), to, Set.of()));

		assertThat(gaps(plan.suggestions())).isNotEmpty().allSatisfy(gap -> assertThat(gap).isBetween(12L, 16L));
		assertThat(plan.suggestions().get(0).reasons()).anySatisfy(reason -> assertThat(reason.text())
			.isEqualTo("You train 5 days a week: a massage every two weeks."));
	}

	@Test
	void aNewInjuryIsAssessedFirstAndGetsArtOnlyAfterTheAssessment() {
		LocalDate to = TODAY.plusWeeks(12);
		Plan plan = generator.generate(input(
				profile(4, Pressure.FIRM, 20000,
						List.of(new Complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, TODAY.minusWeeks(2), 5)),
						Goal.PROBLEM_AREA),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), to, Set.of()));

		Suggestion first = plan.suggestions().get(0);
		assertThat(first.modality()).isEqualTo(Modality.MOVEMENT_ASSESSMENT);
		assertThat(first.kind()).isEqualTo(Suggestion.Kind.ASSESSMENT);
		assertThat(first.focusAreas()).containsExactly(BodyArea.FEET);
		assertThat(first.reasons()).anySatisfy(reason -> {
			assertThat(reason.rule()).isEqualTo("TYPE-INJURY-ART");
			assertThat(reason.text()).contains("assessment first");
		});
		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.modality() == Modality.ART)
			.isNotEmpty()
			.allSatisfy(art -> assertThat(art.date()).isAfter(first.date()));
	}

	@Test
	void painOfSevenOrMoreIsAssessedBeforeAnyHandsOnWork() {
		LocalDate to = TODAY.plusWeeks(8);
		Plan plan = generator.generate(input(
				profile(4, Pressure.FIRM, 20000,
						List.of(new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, TODAY.minusWeeks(20), 8))),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), to, Set.of()));

		assertThat(plan.suggestions().get(0).modality()).isEqualTo(Modality.MOVEMENT_ASSESSMENT);
		assertThat(plan.suggestions().get(0).reasons()).as(plan.suggestions().get(0).reasons().toString())
			.anySatisfy(reason -> assertThat(reason.text()).contains("pain of 8 out of 10"));
	}

	@Test
	void recurringPainBringsAMovementAssessmentEvenWhenItCostsMoreThanAMonthsBudget() {
		LocalDate to = TODAY.plusWeeks(12);
		Plan plan = generator.generate(input(profile(3, Pressure.FIRM, 4000, List.of()),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), to, Set.of(BodyArea.CALVES)));

		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.modality() == Modality.MOVEMENT_ASSESSMENT)
			.singleElement()
			.satisfies(assessment -> {
				assertThat(assessment.focusAreas()).containsExactly(BodyArea.CALVES);
				assertThat(assessment.reasons()).anySatisfy(reason -> {
					assertThat(reason.rule()).isEqualTo("FREQ-BUDGET");
					assertThat(reason.text()).isEqualTo("£55, saved up from your £40 a month.");
				});
			});
		assertThat(plan.suggestions().stream()
			.collect(java.util.stream.Collectors.groupingBy(s -> YearMonth.from(s.date()),
					java.util.stream.Collectors.summingLong(s -> s.price().minorUnits())))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum()).as("never more than the budget over the plan's months")
			.isLessThanOrEqualTo(4000L * 4);
	}

}
