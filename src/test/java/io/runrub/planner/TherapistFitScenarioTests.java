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
import io.runrub.planner.generation.Suggestion;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.VisitPreferences;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.runrub.shared.VisitWish;
import org.junit.jupiter.api.Test;

import static io.runrub.planner.PlanScenarioTests.SERVICES;
import static io.runrub.planner.PlanScenarioTests.THREE_A_WEEK;
import static io.runrub.planner.PlanScenarioTests.TODAY;
import static io.runrub.planner.PlanScenarioTests.profile;
import static io.runrub.planner.PlanScenarioTests.weeks;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, the second source's advice as scenarios: "if you are wanting to talk running whilst having a massage,
 * consider booking in with our sports massage therapist John, our resident RoadRunner"; "if you are wanting to discuss
 * how to develop your training programme … Mike might be the sports massage therapist for you". The plan picks them,
 * says why, and never suggests a therapist the runner avoids.
 */
class TherapistFitScenarioTests {

	final PlanGenerator generator = new PlanGenerator();

	static final Set<Modality> EVERYTHING = EnumSet.of(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.SWEDISH,
			Modality.ART);

	static PlanningInput.TherapistOption john(long id, DayOfWeek... days) {
		return new PlanningInput.TherapistOption(TherapistId.of(id), "John", EVERYTHING, hours(days), List.of(),
				Set.of(VisitWish.TALK_RUNNING));
	}

	static PlanningInput.TherapistOption mike(long id, DayOfWeek... days) {
		return new PlanningInput.TherapistOption(TherapistId.of(id), "Mike", EVERYTHING, hours(days), List.of(),
				Set.of(VisitWish.TRAINING_PROGRAMME, VisitWish.TECHNIQUE));
	}

	static final DayOfWeek[] MON_TO_SAT = { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY };

	static List<WorkingPeriod> hours(DayOfWeek... days) {
		return java.util.Arrays.stream(days)
			.map(day -> new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(21, 0)))
			.toList();
	}

	static RunnerProfile wanting(Set<VisitWish> wants, Set<TherapistId> avoid) {
		return profile(4, Pressure.FIRM, 30000, List.of()).withVisit(new VisitPreferences(wants, Set.of(), null, avoid));
	}

	private Plan plan(RunnerProfile profile, List<PlanningInput.TherapistOption> therapists) {
		LocalDate to = TODAY.plusWeeks(8);
		return generator.generate(new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, List.of(), List.of(),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), Set.of(), SERVICES, therapists, List.of(),
				Set.of(), false));
	}

	@Test
	void wantingToTalkRunningWhilstHavingAMassageBooksInWithJohnOurResidentRoadRunner() {
		// Mike comes first in the clinic's list; what the runner wants decides
		Plan plan = plan(wanting(Set.of(VisitWish.TALK_RUNNING), Set.of()),
				List.of(mike(1, MON_TO_SAT), john(2, MON_TO_SAT)));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.therapistId()).isEqualTo(TherapistId.of(2));
			assertThat(suggestion.reasons()).anySatisfy(reason -> {
				assertThat(reason.rule()).isEqualTo("TYPE-THERAPIST-FIT");
				assertThat(reason.text()).isEqualTo("John talks running, and you wanted to talk running.");
			});
		});
	}

	@Test
	void wantingToTalkRunningGetsJohnOnTheDaysJohnWorksAndSomeoneElseWithoutAReasonOtherwise() {
		Plan plan = plan(wanting(Set.of(VisitWish.TALK_RUNNING), Set.of()),
				List.of(mike(1, MON_TO_SAT), john(2, DayOfWeek.SATURDAY)));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			boolean johnWorks = suggestion.date().getDayOfWeek() == DayOfWeek.SATURDAY;
			assertThat(suggestion.therapistId()).isEqualTo(TherapistId.of(johnWorks ? 2 : 1));
			assertThat(suggestion.reasons().stream().anyMatch(reason -> reason.rule().equals("TYPE-THERAPIST-FIT")))
				.isEqualTo(johnWorks);
		});
	}

	@Test
	void wantingToDevelopYourTrainingProgrammeMakesMikeTheSportsMassageTherapistForYou() {
		Plan plan = plan(wanting(Set.of(VisitWish.TRAINING_PROGRAMME), Set.of()),
				List.of(john(1, MON_TO_SAT), mike(2, MON_TO_SAT)));

		assertThat(plan.suggestions()).isNotEmpty().allSatisfy(suggestion -> {
			assertThat(suggestion.therapistId()).isEqualTo(TherapistId.of(2));
			assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason.text())
				.isEqualTo("Mike helps with training programmes, and you wanted to get help with your training programme."));
		});
	}

	@Test
	void aTherapistTheRunnerAvoidsIsNeverSuggested() {
		Plan plan = plan(wanting(Set.of(), Set.of(TherapistId.of(1))),
				List.of(john(1, MON_TO_SAT), mike(2, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));

		assertThat(plan.suggestions()).isNotEmpty()
			.allSatisfy(suggestion -> assertThat(suggestion.therapistId()).isEqualTo(TherapistId.of(2)));
	}

	@Test
	void aPreferredLengthOf30MinutesShapesTheSuggestionAndSaysSo() {
		RunnerProfile profile = profile(4, Pressure.FIRM, 30000, List.of())
			.withVisit(new VisitPreferences(Set.of(), Set.of(), 30, Set.of()));

		Plan plan = plan(profile, List.of(john(1, MON_TO_SAT), mike(2, MON_TO_SAT)));

		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.modality() == Modality.SPORTS)
			.isNotEmpty()
			.allSatisfy(suggestion -> {
				assertThat(suggestion.durationMinutes()).isEqualTo(30);
				assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason.text())
					.isEqualTo("30 minutes, the length you prefer."));
			});
	}

	@Test
	void whenNoSessionOfThePreferredLengthGivesTheMassageAnAdjustmentSaysWhy() {
		List<PlanningInput.ServiceOption> hourOnly = SERVICES.stream()
			.filter(service -> service.minutes() != 30)
			.toList();
		RunnerProfile profile = profile(4, Pressure.FIRM, 30000, List.of())
			.withVisit(new VisitPreferences(Set.of(), Set.of(), 30, Set.of()));
		LocalDate to = TODAY.plusWeeks(8);

		Plan plan = generator.generate(new PlanningInput(TODAY, TODAY.plusDays(1), to, profile, List.of(), List.of(),
				weeks(TODAY, to, THREE_A_WEEK), List.of(), Set.of(), Set.of(), hourOnly,
				List.of(john(1, MON_TO_SAT)), List.of(), Set.of(), false));

		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.modality() == Modality.SPORTS)
			.isNotEmpty()
			.allSatisfy(suggestion -> assertThat(suggestion.adjustments()).anySatisfy(adjustment -> {
				assertThat(adjustment.rule()).isEqualTo("TYPE-THERAPIST-FIT");
				assertThat(adjustment.text())
					.isEqualTo("60 minutes rather than the 30 you prefer: no 30-minute sports massage is offered.");
			}));
	}


	@Test
	void aPreferredMassageTypeShapesRegularMaintenanceAndSaysSo() {
		RunnerProfile profile = profile(4, Pressure.FIRM, 30000, List.of())
			.withVisit(new VisitPreferences(Set.of(), Set.of(Modality.SWEDISH), null, Set.of()));

		Plan plan = plan(profile, List.of(john(1, MON_TO_SAT), mike(2, MON_TO_SAT)));

		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.kind() == Suggestion.Kind.REGULAR)
			.isNotEmpty()
			.allSatisfy(suggestion -> {
				assertThat(suggestion.modality()).isEqualTo(Modality.SWEDISH);
				assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason.text())
					.isEqualTo("A Swedish massage, the kind you prefer."));
				assertThat(suggestion.adjustments()).anySatisfy(adjustment -> assertThat(adjustment.text())
					.isEqualTo("We chose a Swedish massage instead of sports massage: it is the kind you prefer."));
			});
	}

	@Test
	void aPreferredTypeDoesNotOverruleWhatAComplaintCallsForAndTheAdjustmentSaysWhy() {
		RunnerProfile profile = profile(4, Pressure.FIRM, 30000,
				List.of(new io.runrub.runners.Complaint(io.runrub.shared.BodyArea.CALVES,
						io.runrub.runners.ComplaintKind.TIGHTNESS, TODAY.minusWeeks(3), 5)))
			.withVisit(new VisitPreferences(Set.of(), Set.of(Modality.SWEDISH), null, Set.of()));

		Plan plan = plan(profile, List.of(john(1, MON_TO_SAT), mike(2, MON_TO_SAT)));

		assertThat(plan.suggestions()).filteredOn(suggestion -> suggestion.kind() == Suggestion.Kind.REGULAR)
			.filteredOn(suggestion -> suggestion.modality() == Modality.DEEP_TISSUE)
			.isNotEmpty()
			.allSatisfy(suggestion -> assertThat(suggestion.adjustments()).anySatisfy(adjustment -> assertThat(
					adjustment.text()).startsWith("You prefer a Swedish massage; this one is a deep tissue massage:")));
	}

}
