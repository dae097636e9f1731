package io.runrub.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenarios of the sources, each a named test against the pure plan generator. */
class PlanScenarioTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1); // a Sunday

	static final List<PlanningInput.ServiceOption> SERVICES = List.of(
			new PlanningInput.ServiceOption(ServiceId.of(1), Modality.SWEDISH, 60, Money.of(6000, "GBP")),
			new PlanningInput.ServiceOption(ServiceId.of(2), Modality.DEEP_TISSUE, 60, Money.of(7000, "GBP")),
			new PlanningInput.ServiceOption(ServiceId.of(3), Modality.ART, 45, Money.of(6500, "GBP")),
			new PlanningInput.ServiceOption(ServiceId.of(4), Modality.SPORTS, 30, Money.of(4000, "GBP")),
			new PlanningInput.ServiceOption(ServiceId.of(5), Modality.SPORTS, 60, Money.of(6500, "GBP")),
			new PlanningInput.ServiceOption(ServiceId.of(6), Modality.MOVEMENT_ASSESSMENT, 45, Money.of(5500, "GBP")));

	static final List<PlanningInput.TherapistOption> THERAPISTS = List.of(
			new PlanningInput.TherapistOption(TherapistId.of(1), "John",
					EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.ART, Modality.SWEDISH)),
			new PlanningInput.TherapistOption(TherapistId.of(2), "Mike",
					EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.MOVEMENT_ASSESSMENT)));

	final PlanGenerator generator = new PlanGenerator();

	static RunnerProfile profile(int days, Pressure tolerance, int budgetCents, List<Complaint> complaints,
			Goal... goals) {
		return new RunnerProfile(days, Level.RECREATIONAL, tolerance,
				goals.length == 0 ? Set.of(Goal.MAINTENANCE) : Set.of(goals), Money.of(budgetCents, "GBP"), null, complaints);
	}

	/** A week pattern by day: what is done each day of the week for the whole horizon. */
	static List<TrainingDay> weeks(LocalDate from, LocalDate to, Map<DayOfWeek, String> pattern) {
		List<TrainingDay> days = new ArrayList<>();
		for (LocalDate day = from.minusDays(7); !day.isAfter(to.plusDays(7)); day = day.plusDays(1)) {
			String what = pattern.get(day.getDayOfWeek());
			if (what != null) {
				boolean hard = !what.equals("easy run");
				days.add(new TrainingDay(day, hard, false, false, what));
			}
		}
		return days;
	}

	static PlanningInput input(RunnerProfile profile, List<TrainingDay> days, List<RaceDay> races,
			List<String> stops, List<String> restrictions, LocalDate to) {
		return new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, stops, restrictions, days, races, Set.of(),
				Set.of(), SERVICES, THERAPISTS, List.of(), Set.of(), false);
	}

	static final Map<DayOfWeek, String> THREE_A_WEEK = Map.of(DayOfWeek.TUESDAY, "intervals", DayOfWeek.THURSDAY,
			"easy run", DayOfWeek.SUNDAY, "long run");

	static final Map<DayOfWeek, String> MARATHONER = Map.of(DayOfWeek.TUESDAY, "easy run", DayOfWeek.WEDNESDAY,
			"intervals", DayOfWeek.THURSDAY, "easy run", DayOfWeek.SATURDAY, "easy run", DayOfWeek.SUNDAY,
			"long run");

	@Test
	void aRecreationalRunnerTrainingThreeTimesAWeekGetsAtLeastOneMassageAMonth() {
		LocalDate to = TODAY.plusWeeks(12);
		Plan plan = generator.generate(input(profile(3, Pressure.FIRM, 6500, List.of()),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), List.of(), List.of(), to));
		Map<YearMonth, Long> perMonth = plan.suggestions()
			.stream()
			.collect(Collectors.groupingBy(suggestion -> YearMonth.from(suggestion.date()), Collectors.counting()));
		assertThat(perMonth.keySet()).contains(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5));
		assertThat(plan.suggestions()).allSatisfy(suggestion -> assertThat(suggestion.reasons())
			.anySatisfy(reason -> assertThat(reason.rule()).isEqualTo("FREQ-SCALE-LOAD")));
	}

	@Test
	void aMarathonerWhoseLongRunsAreOnSundaysGetsMassagesOnMondaysTuesdaysOrRestDays() {
		LocalDate to = TODAY.plusWeeks(12);
		List<TrainingDay> days = weeks(TODAY, to, MARATHONER);
		Set<LocalDate> trainingDays = days.stream().map(TrainingDay::date).collect(Collectors.toSet());
		Plan plan = generator.generate(input(profile(5, Pressure.FIRM, 20000, List.of()), days, List.of(),
				List.of(), List.of(), to));
		assertThat(plan.suggestions()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(plan.suggestions()).allSatisfy(suggestion -> assertThat(
				suggestion.date().getDayOfWeek() == DayOfWeek.MONDAY
						|| suggestion.date().getDayOfWeek() == DayOfWeek.TUESDAY
						|| !trainingDays.contains(suggestion.date()))
			.as("%s is a Monday, a Tuesday or a rest day", suggestion.date())
			.isTrue());
	}

	@Test
	void theWeekBeforeAnARaceHasOneLightSwedishMassageTwoToThreeDaysBeforeItAndNothingDeep() {
		LocalDate race = LocalDate.of(2026, 4, 26);
		Plan plan = generator.generate(input(
				profile(5, Pressure.DEEP, 30000,
						List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, TODAY.minusWeeks(3), 4))),
				weeks(TODAY, race, MARATHONER),
				List.of(new RaceDay(race, "Riverside Marathon", RacePriority.A)), List.of(), List.of(),
				race.plusDays(7)));
		List<Suggestion> raceWeek = plan.suggestions()
			.stream()
			.filter(suggestion -> suggestion.date().isBefore(race) && !suggestion.date().isBefore(race.minusDays(7)))
			.toList();
		assertThat(raceWeek).singleElement().satisfies(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SWEDISH);
			assertThat(suggestion.pressure()).isEqualTo(Pressure.LIGHT);
			assertThat(race.toEpochDay() - suggestion.date().toEpochDay()).isBetween(2L, 3L);
			assertThat(suggestion.reasons()).extracting(reason -> reason.rule()).contains("TIME-BEFORE-RACE");
		});
		// deep work elsewhere in the plan shows the rule is doing the work, not the absence of complaints
		assertThat(plan.suggestions()).anyMatch(Suggestion::isDeep);
	}

	@Test
	void aRunnerWithPlantarFasciitisGetsArtWithItsEvidenceNoteAndAClinicianReminder() {
		LocalDate to = TODAY.plusWeeks(8);
		Plan plan = generator.generate(input(
				profile(4, Pressure.FIRM, 15000,
						List.of(new Complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, TODAY.minusWeeks(10), 5)),
						Goal.PROBLEM_AREA),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), List.of(), List.of(), to));
		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.ART);
			assertThat(suggestion.focusAreas()).containsExactly(BodyArea.FEET);
			assertThat(suggestion.reasons()).anySatisfy(reason -> {
				assertThat(reason.rule()).isEqualTo("TYPE-INJURY-ART");
				assertThat(reason.evidence().label()).isEqualTo("weak");
				assertThat(reason.text()).contains("hands-on therapy has helped when added to stretching");
			});
		});
		assertThat(plan.warnings()).anySatisfy(warning -> {
			assertThat(warning.rule()).isEqualTo("TYPE-INJURY-ART");
			assertThat(warning.text()).contains("physiotherapist or doctor");
		});
	}

	@Test
	void aBudgetForOneMassageAMonthNeverYieldsTwo() {
		LocalDate to = TODAY.plusWeeks(16);
		Plan plan = generator.generate(input(profile(6, Pressure.FIRM, 6500, List.of()),
				weeks(TODAY, to, MARATHONER), List.of(new RaceDay(LocalDate.of(2026, 5, 17), "Half", RacePriority.A)),
				List.of(), List.of(), to));
		Map<YearMonth, Long> spent = plan.suggestions()
			.stream()
			.collect(Collectors.groupingBy(suggestion -> YearMonth.from(suggestion.date()),
					Collectors.summingLong(suggestion -> suggestion.price().minorUnits())));
		Map<YearMonth, Long> count = plan.suggestions()
			.stream()
			.collect(Collectors.groupingBy(suggestion -> YearMonth.from(suggestion.date()), Collectors.counting()));
		assertThat(spent.values()).allSatisfy(cents -> assertThat(cents).isLessThanOrEqualTo(6500L));
		assertThat(count.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
		assertThat(plan.warnings()).anySatisfy(warning -> assertThat(warning.rule()).isEqualTo("FREQ-BUDGET"));
	}

	@Test
	void packageCreditsPayForMassagesBeyondWhatTheMonthlyBudgetAllows() {
		LocalDate to = TODAY.plusWeeks(16);
		PlanningInput budgetOnly = input(profile(6, Pressure.FIRM, 6500, List.of()), weeks(TODAY, to, MARATHONER),
				List.of(), List.of(), List.of(), to);
		Plan withoutCredits = generator.generate(budgetOnly);
		// three 60-minute sports massages (service 5) bought in a package, valid until the end of June
		Plan withCredits = generator.generate(
				budgetOnly.withPrepaid(List.of(new PlanningInput.Prepaid(ServiceId.of(5), 3, LocalDate.of(2026, 6, 30)))));

		assertThat(withoutCredits.suggestions()).allSatisfy(suggestion -> assertThat(suggestion.reasons())
			.noneSatisfy(reason -> assertThat(reason.text()).startsWith("Paid by your package")));
		List<Suggestion> paidByPackage = withCredits.suggestions()
			.stream()
			.filter(suggestion -> suggestion.reasons()
				.stream()
				.anyMatch(reason -> reason.text()
					.equals("Paid by your package (valid until 30 June 2026): it costs nothing from your monthly budget.")))
			.toList();
		assertThat(paidByPackage).hasSize(3).allSatisfy(suggestion -> {
			assertThat(suggestion.serviceId()).isEqualTo(ServiceId.of(5));
			assertThat(suggestion.date()).isBeforeOrEqualTo(LocalDate.of(2026, 6, 30));
		});
		assertThat(withCredits.suggestions()).hasSize(withoutCredits.suggestions().size() + 3);
		// what the budget pays for still stays within it, month by month
		Map<YearMonth, Long> spent = withCredits.suggestions()
			.stream()
			.filter(suggestion -> !paidByPackage.contains(suggestion))
			.collect(Collectors.groupingBy(suggestion -> YearMonth.from(suggestion.date()),
					Collectors.summingLong(suggestion -> suggestion.price().minorUnits())));
		assertThat(spent.values()).allSatisfy(cents -> assertThat(cents).isLessThanOrEqualTo(6500L));
	}

	@Test
	void aStopAnswerInTheIntakeYieldsNoMassageAndASeeAClinicianWarning() {
		LocalDate to = TODAY.plusWeeks(12);
		Plan plan = generator.generate(input(profile(5, Pressure.FIRM, 20000, List.of()),
				weeks(TODAY, to, MARATHONER), List.of(), List.of("BLOOD_CLOT"), List.of(), to));
		assertThat(plan.suggestions()).isEmpty();
		assertThat(plan.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.rule()).isEqualTo("SAFE-STOP");
			assertThat(warning.text()).contains("see a doctor");
		});
	}

	@Test
	void lowPressureToleranceNeverYieldsDeepTissue() {
		LocalDate to = TODAY.plusWeeks(12);
		for (Pressure low : List.of(Pressure.LIGHT, Pressure.MEDIUM)) {
			Plan plan = generator.generate(input(
					profile(6, low, 40000,
							List.of(new Complaint(BodyArea.HAMSTRINGS, ComplaintKind.KNOTS, TODAY.minusWeeks(5), 5),
									new Complaint(BodyArea.SHINS, ComplaintKind.SHIN_SPLINTS, TODAY.minusWeeks(9), 3))),
					weeks(TODAY, to, MARATHONER), List.of(), List.of(), List.of(), to));
			assertThat(plan.suggestions()).isNotEmpty().noneMatch(Suggestion::isDeep);
			assertThat(plan.suggestions()).allSatisfy(
					suggestion -> assertThat(suggestion.pressure().compareTo(low)).isLessThanOrEqualTo(0));
			assertThat(plan.suggestions().get(0).adjustments()).extracting(adjustment -> adjustment.rule())
				.contains("TYPE-TOLERANCE");
		}
	}

	@Test
	void deepWorkIsNeverTheDayBeforeAHardSession() {
		LocalDate to = TODAY.plusWeeks(12);
		List<TrainingDay> days = weeks(TODAY, to, MARATHONER);
		Map<LocalDate, TrainingDay> byDate = days.stream()
			.collect(Collectors.toMap(TrainingDay::date, Function.identity()));
		Plan plan = generator.generate(input(
				profile(5, Pressure.DEEP, 30000,
						List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, TODAY.minusWeeks(3), 4))),
				days, List.of(), List.of(), List.of(), to));
		assertThat(plan.suggestions()).filteredOn(Suggestion::isDeep).isNotEmpty().allSatisfy(suggestion -> {
			TrainingDay next = byDate.get(suggestion.date().plusDays(1));
			assertThat(next == null || !next.hard()).as("day after %s", suggestion.date()).isTrue();
		});
	}

}
