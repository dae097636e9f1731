package io.runrub.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.RaceDay;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static io.runrub.planner.PlanScenarioTests.MARATHONER;
import static io.runrub.planner.PlanScenarioTests.SERVICES;
import static io.runrub.planner.PlanScenarioTests.THERAPISTS;
import static io.runrub.planner.PlanScenarioTests.TODAY;
import static io.runrub.planner.PlanScenarioTests.profile;
import static io.runrub.planner.PlanScenarioTests.weeks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice a good therapist and coach would add: the taper before an A race, light work while the runner
 * recovers after it, and the post-effort health question asked again after a marathon or an ultra.
 */
class PracticeScenarioTests {

	final PlanGenerator generator = new PlanGenerator();

	static final RunnerProfile DEEP_CALVES = profile(6, Pressure.DEEP, 60000,
			List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, TODAY.minusWeeks(8), 5)));

	static PlanningInput input(RunnerProfile profile, List<RaceDay> races, LocalDate to,
			List<PlanningInput.LongEffort> efforts) {
		Map<DayOfWeek, String> six = new HashMap<>(MARATHONER);
		six.put(DayOfWeek.MONDAY, "easy run");
		Set<LocalDate> peaks = new java.util.HashSet<>();
		for (LocalDate monday = TODAY.with(DayOfWeek.MONDAY); monday.isBefore(to); monday = monday.plusWeeks(1)) {
			peaks.add(monday);
		}
		return new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, List.of(), List.of(), weeks(TODAY, to, six),
				races, Set.of(), peaks, SERVICES, THERAPISTS, List.of(), Set.of(), false, efforts);
	}

	static boolean firmOrDeep(Suggestion suggestion) {
		return suggestion.isDeep() || suggestion.pressure().compareTo(Pressure.MEDIUM) > 0;
	}

	@Test
	void nothingFirmOrDeepInTheLastTenDaysBeforeAnAMarathon() {
		LocalDate race = TODAY.plusWeeks(10);
		Plan plan = generator.generate(input(DEEP_CALVES,
				List.of(new RaceDay(race, "City Marathon", RacePriority.A, 42_195.0)), race.plusDays(7), List.of()));

		assertThat(plan.suggestions()).as("deep work elsewhere: the taper is doing the work").anyMatch(Suggestion::isDeep);
		assertThat(plan.suggestions())
			.filteredOn(suggestion -> suggestion.date().isBefore(race) && !suggestion.date().isBefore(race.minusDays(10)))
			.isNotEmpty()
			.noneMatch(PracticeScenarioTests::firmOrDeep);
	}

	@Test
	void theTaperBeforeAnAHalfMarathonIsSevenDaysAndABRaceKeepsTheDefaultWindow() {
		LocalDate half = TODAY.plusWeeks(6);
		Plan plan = generator.generate(input(DEEP_CALVES,
				List.of(new RaceDay(half, "River Half", RacePriority.A, 21_097.5)), half.plusDays(7), List.of()));

		assertThat(plan.suggestions())
			.filteredOn(suggestion -> suggestion.date().isBefore(half) && !suggestion.date().isBefore(half.minusDays(7)))
			.isNotEmpty()
			.noneMatch(PracticeScenarioTests::firmOrDeep);
	}

	@Test
	void lightPressureOnlyInTheWeekAfterAnARaceOfAHalfMarathonOrMore() {
		LocalDate race = TODAY.plusWeeks(4);
		Plan plan = generator.generate(input(DEEP_CALVES,
				List.of(new RaceDay(race, "City Marathon", RacePriority.A, 42_195.0)), race.plusWeeks(6), List.of()));

		assertThat(plan.suggestions())
			.filteredOn(suggestion -> suggestion.date().isAfter(race) && !suggestion.date().isAfter(race.plusDays(7)))
			.isNotEmpty()
			.allSatisfy(suggestion -> {
				assertThat(suggestion.isDeep()).isFalse();
				assertThat(suggestion.pressure()).isEqualTo(Pressure.LIGHT);
			});
		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.date().isAfter(race.plusDays(7)))
			.as("deep work again once recovered")
			.anyMatch(Suggestion::isDeep);
	}

	@Test
	void theNextMassageAfterAnImportedUltraAsksThePostEffortQuestionAgain() {
		LocalDate to = TODAY.plusWeeks(8);
		Plan plan = generator.generate(input(DEEP_CALVES, List.of(), to,
				List.of(new PlanningInput.LongEffort(TODAY.minusDays(1), "your 50 km run"))));

		Suggestion next = plan.suggestions().get(0);
		assertThat(next.reasons()).anySatisfy(reason -> {
			assertThat(reason.rule()).isEqualTo("SAFE-STOP");
			assertThat(reason.text()).contains("after your 50 km run on Saturday 28 February")
				.contains("dark (brown or cola-coloured) urine or severe muscle weakness");
		});
		assertThat(plan.suggestions().subList(1, plan.suggestions().size()))
			.allSatisfy(later -> assertThat(later.reasons()).noneMatch(reason -> reason.rule().equals("SAFE-STOP")));
		assertThat(plan.warnings()).anySatisfy(warning -> {
			assertThat(warning.rule()).isEqualTo("SAFE-STOP");
			assertThat(warning.text()).startsWith("After your 50 km run on Saturday 28 February, before your massage on ");
		});
	}

	@Test
	void theMassageAfterAMarathonInThePlanAsksThePostEffortQuestionAgain() {
		LocalDate race = TODAY.plusWeeks(6);
		Plan plan = generator.generate(input(DEEP_CALVES,
				List.of(new RaceDay(race, "City Marathon", RacePriority.A, 42_195.0)), race.plusDays(7), List.of()));

		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.date().isAfter(race))
			.first()
			.satisfies(after -> assertThat(after.reasons()).anyMatch(reason -> reason.rule().equals("SAFE-STOP")));
		assertThat(plan.suggestions()).filteredOn(suggestion -> !suggestion.date().isAfter(race))
			.allSatisfy(before -> assertThat(before.reasons()).noneMatch(reason -> reason.rule().equals("SAFE-STOP")));
	}

}
