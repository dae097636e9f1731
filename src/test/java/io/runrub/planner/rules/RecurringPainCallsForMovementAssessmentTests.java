package io.runrub.planner.rules;

import java.util.Set;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TYPE-REFER-MOVEMENT: pain in the same area across 3 or more check-ins or notes, or homework done without
 * improvement → a movement assessment. The caller counts the check-ins; the rule decides from the result.
 */
class RecurringPainCallsForMovementAssessmentTests {

	final RecurringPainCallsForMovementAssessment rule = new RecurringPainCallsForMovementAssessment();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(RecurringPainCallsForMovementAssessment.INFO);
		assertThat(rule.id()).isEqualTo("TYPE-REFER-MOVEMENT");
		assertThat(rule.info().sources()).isEqualTo("S0, S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
	}

	@Test
	void recurringMeansThreeOrMore() {
		assertThat(RecurringPainCallsForMovementAssessment.RECURRING).isEqualTo(3);
	}

	@Test
	void noRecurringPainAndHomeworkThatHelpsCallForNothing() {
		assertThat(rule.choose(Set.of(), false)).isEmpty();
	}

	@Test
	void recurringPainCallsForAMovementAssessmentOfThoseAreas() {
		assertThat(rule.choose(Set.of(BodyArea.KNEES), false)).hasValueSatisfying(choice -> {
			assertThat(choice.modality()).isEqualTo(Modality.MOVEMENT_ASSESSMENT);
			assertThat(choice.isDeep()).isFalse();
			assertThat(choice.focusAreas()).containsExactly(BodyArea.KNEES);
			assertThat(choice.reasons()).singleElement().satisfies(reason -> {
				assertThat(reason.rule()).isEqualTo("TYPE-REFER-MOVEMENT");
				assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
				assertThat(reason.text()).isEqualTo("A movement assessment, because pain keeps coming back in the same "
						+ "place (around the knee): the cause may be in how you move rather than in the sore spot.");
			});
		});
	}

	@Test
	void severalAreasAreNamedInAFixedOrder() {
		assertThat(rule.choose(Set.of(BodyArea.SHINS, BodyArea.CALVES), false)).hasValueSatisfying(choice -> {
			assertThat(choice.focusAreas()).containsExactlyInAnyOrder(BodyArea.SHINS, BodyArea.CALVES);
			assertThat(choice.reasons()).singleElement()
				.extracting(Reason::text)
				.asString()
				.contains("pain keeps coming back in the same places (calves, shins):");
		});
	}

	@Test
	void homeworkWithoutImprovementCallsForAMovementAssessment() {
		assertThat(rule.choose(Set.of(), true)).hasValueSatisfying(choice -> {
			assertThat(choice.modality()).isEqualTo(Modality.MOVEMENT_ASSESSMENT);
			assertThat(choice.focusAreas()).isEmpty();
			assertThat(choice.reasons()).singleElement()
				.extracting(Reason::text)
				.isEqualTo("A movement assessment, because your homework has not helped so far: the cause may be in "
						+ "how you move rather than in the sore spot.");
		});
	}

}
