package io.runrub.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.runrub.clinic.TherapistId;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.Reason;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.AvailableTime;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;

import static io.runrub.planner.PlanScenarioTests.SERVICES;
import static io.runrub.planner.PlanScenarioTests.THREE_A_WEEK;
import static io.runrub.planner.PlanScenarioTests.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the rules choose a massage that no therapist can give on any day the plan looks at — the clinic has only
 * sports massage therapists, say — the plan falls back to a sports massage at medium pressure at most, and the
 * adjustment says truly why: no therapist gives it, not a workout or a race window that did not forbid it.
 */
class NoTherapistGivesTheChosenMassageTests {

	final PlanGenerator generator = new PlanGenerator();

	static final LocalDate TO = TODAY.plusWeeks(8);

	static final RunnerProfile FIRM_WITH_KNOTS = PlanScenarioTests.profile(4, Pressure.FIRM, 30000,
			List.of(new Complaint(BodyArea.CALVES, ComplaintKind.KNOTS, TODAY.minusWeeks(3), 4)));

	static PlanningInput input(RunnerProfile profile, List<PlanningInput.ServiceOption> services,
			List<PlanningInput.TherapistOption> therapists) {
		return input(profile, PlanScenarioTests.weeks(TODAY, TO, THREE_A_WEEK), services, therapists);
	}

	static PlanningInput input(RunnerProfile profile, List<TrainingDay> days,
			List<PlanningInput.ServiceOption> services, List<PlanningInput.TherapistOption> therapists) {
		return new PlanningInput(TODAY, TODAY.plusDays(1), TO, profile, List.of(), List.of(), days, List.of(),
				Set.of(), Set.of(), services, therapists, List.of(), Set.of(), false);
	}

	static PlanningInput.TherapistOption sportsOnly(long id, String name) {
		return new PlanningInput.TherapistOption(TherapistId.of(id), name, EnumSet.of(Modality.SPORTS));
	}

	@Test
	void firmPressureOnAProblemAreaInAClinicOfSportsTherapistsOnlyGetsASportsMassageAndSaysNobodyGivesDeepTissue() {
		// no training entered: no hard session or race forbids deep work on any day, only the clinic's therapists do
		Plan plan = generator.generate(input(FIRM_WITH_KNOTS, List.of(), SERVICES,
				List.of(sportsOnly(1, "John"), sportsOnly(2, "Mike"))));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.pressure()).isEqualTo(Pressure.MEDIUM);
			assertThat(suggestion.reasons()).extracting(Reason::rule).doesNotContain("TYPE-AREA-DEEP");
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.containsExactly("We chose a sports massage instead of deep tissue massage: no therapist at the "
						+ "clinic gives deep tissue massage.");
		});
	}

	@Test
	void theDayBeforeAHardSessionIsNotGivenAsTheReasonWhenNoTherapistGivesDeepTissueOnAnyDay() {
		Plan plan = generator.generate(input(FIRM_WITH_KNOTS, SERVICES,
				List.of(sportsOnly(1, "John"), sportsOnly(2, "Mike"))));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.pressure()).isEqualTo(Pressure.MEDIUM);
			assertThat(suggestion.reasons()).extracting(Reason::rule).doesNotContain("TYPE-AREA-DEEP");
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.containsExactly("We chose a sports massage instead of deep tissue massage: no therapist at the "
						+ "clinic gives deep tissue massage.");
		});
	}

	@Test
	void whenTheClinicSellsNoDeepTissueMassageTheAdjustmentSaysSo() {
		List<PlanningInput.ServiceOption> noDeep = SERVICES.stream()
			.filter(service -> service.modality() != Modality.DEEP_TISSUE)
			.toList();

		Plan plan = generator.generate(input(FIRM_WITH_KNOTS, noDeep, PlanScenarioTests.THERAPISTS));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.containsExactly("We chose a sports massage instead of deep tissue massage: the clinic does not "
						+ "offer deep tissue massage.");
		});
	}

	@Test
	void whenTheOnlyDeepTissueTherapistIsOneTheRunnerAvoidsTheAdjustmentSaysSo() {
		RunnerProfile avoidsJohn = FIRM_WITH_KNOTS.withVisit(new io.runrub.runners.VisitPreferences(Set.of(),
				Set.of(), null, Set.of(TherapistId.of(1))));
		PlanningInput.TherapistOption john = new PlanningInput.TherapistOption(TherapistId.of(1), "John",
				EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE));

		Plan plan = generator.generate(input(avoidsJohn, SERVICES, List.of(john, sportsOnly(2, "Mike"))));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.therapistId()).isEqualTo(TherapistId.of(2));
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.containsExactly("We chose a sports massage instead of deep tissue massage: every therapist who "
						+ "gives deep tissue massage is one you asked not to see.");
		});
	}

	@Test
	void whenTheDeepTissueTherapistNeverWorksWhenTheRunnerCanComeTheAdjustmentNamesTheDays() {
		// John gives deep tissue massage on Mondays only; the runner can come on Wednesdays only, when Mike works
		RunnerProfile wednesdays = FIRM_WITH_KNOTS
			.withAvailability(List.of(new AvailableTime(DayOfWeek.WEDNESDAY, LocalTime.of(17, 0), LocalTime.of(21, 0))));
		PlanningInput.TherapistOption john = new PlanningInput.TherapistOption(TherapistId.of(1), "John",
				EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE),
				List.of(new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(21, 0))), List.of());
		PlanningInput.TherapistOption mike = new PlanningInput.TherapistOption(TherapistId.of(2), "Mike",
				EnumSet.of(Modality.SPORTS),
				List.of(new WorkingPeriod(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(21, 0))), List.of());

		Plan plan = generator.generate(input(wednesdays, SERVICES, List.of(john, mike)));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
			assertThat(suggestion.adjustments()).singleElement().satisfies(adjustment -> {
				assertThat(adjustment.rule()).isEqualTo("TYPE-THERAPIST-FIT");
				assertThat(adjustment.text()).matches("We chose a sports massage instead of deep tissue massage: no "
						+ "therapist who gives deep tissue massage is free when you can come (between [A-Z][a-z]+day "
						+ "\\d+ [A-Z][a-z]+ and [A-Z][a-z]+day \\d+ [A-Z][a-z]+|on [A-Z][a-z]+day \\d+ [A-Z][a-z]+)\\.");
			});
		});
	}

	@Test
	void aRelaxationGoalInAClinicWithoutSwedishMassageGetsASportsMassageAndSaysWhy() {
		RunnerProfile relax = PlanScenarioTests.profile(3, Pressure.MEDIUM, 30000, List.of(), Goal.RELAXATION);
		List<PlanningInput.ServiceOption> noSwedish = SERVICES.stream()
			.filter(service -> service.modality() != Modality.SWEDISH)
			.toList();

		Plan plan = generator.generate(input(relax, noSwedish, List.of(sportsOnly(1, "John"))));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.modality()).isEqualTo(Modality.SPORTS);
			assertThat(suggestion.adjustments()).extracting(Adjustment::text)
				.contains("We chose a sports massage instead of Swedish massage: the clinic does not offer Swedish "
						+ "massage.");
		});
	}

}
