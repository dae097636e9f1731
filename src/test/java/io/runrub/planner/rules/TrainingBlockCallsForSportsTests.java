package io.runrub.planner.rules;

import io.runrub.shared.Modality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TYPE-MAINTAIN-SPORTS: regular sessions with no specific complaint → sports massage. The planner asks it last, when
 * no complaint or goal has chosen anything else, so the rule itself has no condition.
 */
class TrainingBlockCallsForSportsTests {

	final TrainingBlockCallsForSports rule = new TrainingBlockCallsForSports();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(TrainingBlockCallsForSports.INFO);
		assertThat(rule.id()).isEqualTo("TYPE-MAINTAIN-SPORTS");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
	}

	@Test
	void maintenanceIsASportsMassageWithFeedbackOnNoParticularArea() {
		TreatmentChoice choice = rule.choose();
		assertThat(choice.modality()).isEqualTo(Modality.SPORTS);
		assertThat(choice.isDeep()).isFalse();
		assertThat(choice.focusAreas()).isEmpty();
		assertThat(choice.warnings()).isEmpty();
		assertThat(choice.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.rule()).isEqualTo("TYPE-MAINTAIN-SPORTS");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
			assertThat(reason.text()).isEqualTo("A sports massage as regular maintenance in your training block, with "
					+ "feedback on what the therapist finds.");
		});
	}

}
