package io.runrub.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.runrub.clinic.TherapistId;
import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.Reason;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeTier;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static io.runrub.planner.PlanScenarioTests.SERVICES;
import static io.runrub.planner.PlanScenarioTests.THERAPISTS;
import static io.runrub.planner.PlanScenarioTests.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A suggestion's reasons say what it finally is; what was considered and changed is said apart, as adjustments.
 * Each reason declares the kinds of massage and the pressures it argues for, so the check is structural: over many
 * generated runners (profiles × complaints × health answers × budgets × races × training), no reason of any
 * suggestion argues for a kind of massage or a pressure the suggestion does not have.
 */
class ReasonsExplainTheFinalChoiceTests {

	static final int RUNNERS = 600;

	static final List<String> RESTRICTIONS = IntakeQuestions.all()
		.stream()
		.filter(question -> question.tier() == IntakeTier.RESTRICT)
		.map(question -> question.id())
		.toList();

	static final List<String> SESSIONS = List.of("easy run", "intervals", "long run", "tempo run", "hills");

	final PlanGenerator generator = new PlanGenerator();

	@Test
	void noReasonOfAnyGeneratedRunnersSuggestionArguesForAnotherMassageOrPressure() {
		Random random = new Random(20261206L);
		int suggestions = 0;
		int adjusted = 0;
		Set<Modality> seen = EnumSet.noneOf(Modality.class);
		for (int runner = 0; runner < RUNNERS; runner++) {
			PlanningInput input = runner(random);
			Plan plan = generator.generate(input);
			for (Suggestion suggestion : plan.suggestions()) {
				suggestions++;
				seen.add(suggestion.modality());
				adjusted += suggestion.adjustments().isEmpty() ? 0 : 1;
				for (Reason reason : suggestion.reasons()) {
					assertThat(reason.contradicts(suggestion.modality(), suggestion.pressure()))
						.as("runner %d, %s %s at %s pressure on %s: reason %s \"%s\" argues for %s at %s", runner,
								suggestion.kind(), suggestion.modality(), suggestion.pressure(), suggestion.date(),
								reason.rule(), reason.text(), reason.modalities(), reason.pressures())
						.isFalse();
				}
			}
		}
		// the sample reaches every kind of massage and many changed ones, or the check above proves little
		assertThat(seen).containsExactlyInAnyOrder(Modality.values());
		assertThat(suggestions).isGreaterThan(2000);
		assertThat(adjusted).isGreaterThan(200);
	}

	@Test
	void everyRuleThatChoosesAMassageSaysWhichItArguesFor() {
		Random random = new Random(7L);
		Set<String> arguing = new HashSet<>();
		for (int runner = 0; runner < 200; runner++) {
			for (Suggestion suggestion : generator.generate(runner(random)).suggestions()) {
				suggestion.reasons()
					.stream()
					.filter(reason -> !reason.modalities().isEmpty())
					.forEach(reason -> arguing.add(reason.rule()));
			}
		}
		assertThat(arguing).contains("TYPE-INJURY-ART", "TYPE-AREA-DEEP", "TYPE-RELAX-SWEDISH",
				"TYPE-MAINTAIN-SPORTS", "TYPE-REFER-MOVEMENT", "TIME-BEFORE-RACE");
	}

	@Test
	void aBudgetSwapToAShortSportsMassageNoLongerArguesForDeepTissue() {
		LocalDate to = TODAY.plusWeeks(8);
		RunnerProfile profile = PlanScenarioTests.profile(4, Pressure.FIRM, 4000,
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.KNOTS, TODAY.minusWeeks(3), 4)));
		Plan plan = generator.generate(PlanScenarioTests.input(profile,
				PlanScenarioTests.weeks(TODAY, to, PlanScenarioTests.THREE_A_WEEK), List.of(), List.of(), List.of(), to));
		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.durationMinutes()).isEqualTo(30);
			assertThat(suggestion.reasons()).extracting(Reason::rule).doesNotContain("TYPE-AREA-DEEP");
			assertThat(suggestion.reasons()).extracting(Reason::text)
				.noneMatch(text -> text.startsWith("Deep tissue work") || text.startsWith("Expect some discomfort"));
			assertThat(suggestion.adjustments()).singleElement().satisfies(adjustment -> {
				assertThat(adjustment.rule()).isEqualTo("FREQ-BUDGET");
				assertThat(adjustment.text()).isEqualTo("We chose a 30-minute sports massage on your calves instead "
						+ "of deep tissue massage: your budget for " + suggestion.date().getMonth()
							.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
						+ ".");
			});
		});
	}

	@Test
	void aLightSwedishMassageForARunnerOnBloodThinnersNeverArguesForArt() {
		LocalDate to = TODAY.plusWeeks(8);
		RunnerProfile profile = PlanScenarioTests.profile(4, Pressure.FIRM, 30000,
				List.of(new Complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, TODAY.minusWeeks(10), 4)));
		Plan plan = generator.generate(PlanScenarioTests.input(profile,
				PlanScenarioTests.weeks(TODAY, to, PlanScenarioTests.THREE_A_WEEK), List.of(), List.of(),
				List.of("BLOOD_THINNERS"), to));
		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SWEDISH);
			assertThat(suggestion.pressure()).isEqualTo(Pressure.LIGHT);
			assertThat(suggestion.reasons()).extracting(Reason::rule).doesNotContain("TYPE-INJURY-ART");
			assertThat(suggestion.reasons()).extracting(Reason::text)
				.noneMatch(text -> text.contains("Active Release Technique"));
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.containsExactly("We chose a light Swedish massage instead of Active Release Technique: light "
						+ "pressure only, because of your health answers.");
		});
		assertThat(plan.warnings()).anySatisfy(warning -> assertThat(warning.text())
			.startsWith("Because you take blood thinners or have a bleeding disorder, your massages are planned at "
					+ "light pressure"));
	}

	@Test
	void aLowerPressureThanTheRuleWouldUseIsAnAdjustmentNotAReason() {
		LocalDate to = TODAY.plusWeeks(8);
		Plan plan = generator.generate(PlanScenarioTests.input(
				PlanScenarioTests.profile(4, Pressure.MEDIUM, 30000,
						List.of(new Complaint(BodyArea.HAMSTRINGS, ComplaintKind.KNOTS, TODAY.minusWeeks(5), 5))),
				PlanScenarioTests.weeks(TODAY, to, PlanScenarioTests.THREE_A_WEEK), List.of(), List.of(), List.of(), to));
		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.reasons()).extracting(Reason::rule).doesNotContain("TYPE-AREA-DEEP", "TYPE-TOLERANCE");
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.contains("You prefer medium pressure, so a sports massage instead of deep tissue massage.");
		});
	}

	@Test
	void aRunnerWhoEnteredNoTrainingIsNeverToldADayIsARestDay() {
		LocalDate to = TODAY.plusWeeks(10);
		Plan plan = generator.generate(PlanScenarioTests.input(PlanScenarioTests.profile(3, Pressure.FIRM, 20000,
				List.of()), List.of(), List.of(), List.of(), List.of(), to));
		assertThat(plan.suggestions()).isNotEmpty()
			.flatExtracting(Suggestion::reasons)
			.extracting(Reason::text)
			.noneMatch(text -> text.contains("rest day"));
	}

	@Test
	void aSpikeInLoadSwapsDeepWorkForASportsMassageAndSaysWhyApart() {
		LocalDate to = TODAY.plusWeeks(4);
		RunnerProfile profile = PlanScenarioTests.profile(4, Pressure.FIRM, 30000,
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.KNOTS, TODAY.minusWeeks(3), 4)));
		Set<LocalDate> spikes = new HashSet<>();
		for (LocalDate day = TODAY; !day.isAfter(to); day = day.plusDays(1)) {
			spikes.add(day);
		}
		Plan plan = generator.generate(new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, List.of(), List.of(),
				PlanScenarioTests.weeks(TODAY, to, PlanScenarioTests.THREE_A_WEEK), List.of(), spikes, Set.of(),
				SERVICES, THERAPISTS, List.of(), Set.of(), false));
		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.reasons()).extracting(Reason::rule).doesNotContain("TYPE-AREA-DEEP");
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.containsExactly("We chose a sports massage instead of deep tissue massage: your training load has "
						+ "just risen sharply, and deep work is a workout in itself.");
		});
	}

	/** A runner drawn at random: profile, complaints, health answers, budget, races, training and signals. */
	static PlanningInput runner(Random random) {
		List<Complaint> complaints = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			LocalDate since = random.nextBoolean() ? TODAY.minusDays(random.nextInt(30))
					: TODAY.minusWeeks(8 + random.nextInt(100));
			Complaint complaint = new Complaint(pick(random, BodyArea.values()), pick(random, ComplaintKind.values()),
					since, 1 + random.nextInt(10));
			if (complaints.stream()
				.noneMatch(other -> other.area() == complaint.area() && other.kind() == complaint.kind())) {
				complaints.add(complaint);
			}
		}
		Set<Goal> goals = EnumSet.noneOf(Goal.class);
		for (Goal goal : Goal.values()) {
			if (random.nextInt(3) == 0) {
				goals.add(goal);
			}
		}
		int[] budgets = { 0, 3000, 4000, 5500, 6500, 9000, 13000, 20000, 40000, 100000 };
		RunnerProfile profile = new RunnerProfile(random.nextInt(8), pick(random, Level.values()),
				pick(random, Pressure.values()), goals, Money.of(budgets[random.nextInt(budgets.length)], "GBP"),
				random.nextInt(3) == 0 ? null : TherapistId.of(1 + random.nextInt(2)), complaints);
		List<String> restrictions = new ArrayList<>();
		if (random.nextInt(4) == 0) {
			for (int i = 1 + random.nextInt(2); i > 0; i--) {
				restrictions.add(RESTRICTIONS.get(random.nextInt(RESTRICTIONS.size())));
			}
		}
		LocalDate to = TODAY.plusWeeks(6 + random.nextInt(14));
		List<RaceDay> races = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			LocalDate date = TODAY.plusDays(3 + random.nextInt((int) (to.toEpochDay() - TODAY.toEpochDay())));
			if (races.stream().noneMatch(race -> race.date().equals(date))) {
				races.add(new RaceDay(date, "Race " + (races.size() + 1), pick(random, RacePriority.values())));
			}
		}
		Map<DayOfWeek, String> pattern = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (random.nextInt(2) == 0) {
				pattern.put(day, SESSIONS.get(random.nextInt(SESSIONS.size())));
			}
		}
		List<TrainingDay> days = new ArrayList<>(random.nextInt(5) == 0 ? List.of()
				: PlanScenarioTests.weeks(TODAY, to, pattern));
		races.forEach(race -> days.add(new TrainingDay(race.date(), true, true, false, "race: " + race.name())));
		Set<LocalDate> spikes = new HashSet<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			spikes.add(TODAY.plusDays(random.nextInt(60)));
		}
		Set<LocalDate> peaks = new HashSet<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			peaks.add(TODAY.plusWeeks(random.nextInt(16)).with(DayOfWeek.MONDAY));
		}
		Set<BodyArea> recurring = random.nextInt(6) == 0 ? Set.of(pick(random, BodyArea.values())) : Set.of();
		return new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, List.of(), List.copyOf(restrictions), days,
				races, spikes, peaks, SERVICES, THERAPISTS, List.of(), recurring, random.nextInt(8) == 0);
	}

	static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

}
