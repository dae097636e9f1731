package io.runrub.planner.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.Reason;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
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
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A runner who asks for firm pressure on a problem area, in a clinic whose therapists all give sports massage only
 * (the clinic still lists a deep tissue service): the plan is made and stored, with sports massages at medium
 * pressure and an adjustment that says no therapist gives deep tissue massage — not a server error (found under
 * load: NoSuchElementException in the plan generator). The clock is Friday 20 March 2026.
 */
@RunRubIntegrationTest
class SportsOnlyClinicPlanIntegrationTests {

	@Autowired
	TestClinic clinic;

	@Autowired
	ProfileKeeping profiles;

	@Autowired
	PlanGeneration generation;

	@Test
	void firmPressureOnAProblemAreaGetsSportsMassagesThatSayNoTherapistGivesDeepTissue() {
		clinic.reset();
		clinic.open();
		clinic.therapist("John").offering(Modality.SPORTS).monToSat("09:00-20:00").create();
		clinic.therapist("Mike").offering(Modality.SPORTS).monToSat("09:00-18:00").create();
		clinic.service("Sports massage", Modality.SPORTS, 60).create();
		clinic.service("Deep tissue massage", Modality.DEEP_TISSUE, 60).create();
		RunRubUser rita = clinic.runner("Rita");
		RunnerId ritaId = RunnerId.of(rita.accountId());
		profiles.save(ritaId, new RunnerProfile(4, Level.RECREATIONAL, Pressure.FIRM, Set.of(Goal.PROBLEM_AREA),
				Money.of(30_000, "GBP"), null,
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.KNOTS, LocalDate.of(2026, 2, 20), 4))));
		clinic.awaitEvents();

		PlanGeneration.PlanView plan = generation.generate(ritaId, null, null);

		assertThat(plan.massages()).isNotEmpty().allSatisfy(massage -> {
			assertThat(massage.modality()).isEqualTo(Modality.SPORTS);
			assertThat(massage.pressure()).isEqualTo(Pressure.MEDIUM);
			assertThat(massage.reasons()).extracting(Reason::rule).doesNotContain("TYPE-AREA-DEEP");
			assertThat(massage.adjustments()).extracting(Adjustment::text)
				.contains("We chose a sports massage instead of deep tissue massage: no therapist at the clinic "
						+ "gives deep tissue massage.");
		});
		assertThat(generation.current(ritaId).orElseThrow().massages()).hasSameSizeAs(plan.massages());
	}

}
