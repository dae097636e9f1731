package io.runrub.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.care.body.BodyLog;
import io.runrub.care.insights.CareInsights;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.plan.PlanGeneration;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner asks the care loop what it knows (through the planner's provided interface, which care implements): a
 * runner whose calves were sore in three body check-ins gets a movement assessment in their plan — with the real care
 * module, not a stand-in.
 */
@RunRubIntegrationTest
class CarePlanIntegrationTests {

	@Autowired
	TestClinic clinic;

	@Autowired
	ProfileKeeping profiles;

	@Autowired
	BodyLog bodyLog;

	@Autowired
	PlanGeneration generation;

	@Autowired
	Clock clock;

	RunnerId rosa;

	@BeforeEach
	void aRunnerWithAClinicThatOffersMovementAssessments() {
		clinic.reset();
		clinic.open();
		TherapistView mike = clinic.therapist("Mike")
			.offering(Modality.SPORTS, Modality.MOVEMENT_ASSESSMENT)
			.monToSat("09:00-18:00")
			.create();
		for (Modality modality : Modality.values()) {
			clinic.service(modality.displayName(), modality, 60).create();
		}
		RunRubUser runner = clinic.runner("Rosa");
		rosa = RunnerId.of(runner.accountId());
		profiles.save(rosa, new RunnerProfile(4, Level.RECREATIONAL, Pressure.MEDIUM, Set.of(Goal.MAINTENANCE),
				Money.of(20_000, "GBP"), mike.id(), List.of()));
	}

	@Test
	void calvesSoreInThreeBodyCheckInsBringAMovementAssessmentIntoThePlan() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), TestClinic.LONDON);
		assertThat(generation.generate(rosa, null, null).massages()).as("before any pain")
			.noneMatch(suggestion -> suggestion.modality() == Modality.MOVEMENT_ASSESSMENT);

		for (int weeksAgo = 3; weeksAgo >= 1; weeksAgo--) {
			bodyLog.record(rosa, today.minusWeeks(weeksAgo), Map.of(BodyArea.CALVES, CareInsights.SORE));
		}

		assertThat(generation.generate(rosa, null, null).massages())
			.filteredOn(suggestion -> suggestion.modality() == Modality.MOVEMENT_ASSESSMENT)
			.singleElement()
			.satisfies(assessment -> assertThat(assessment.reasons())
				.anyMatch(reason -> reason.rule().equals("TYPE-REFER-MOVEMENT")));
	}

}
