package io.runrub.planner.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CARE-ELSEWHERE: homework done but no improvement over 3 check-ins → the issue may be elsewhere — investigate. */
class LookElsewhereWhenHomeworkFailsTests {

	static final String STRETCH = "Calf stretch against a wall";

	final LookElsewhereWhenHomeworkFails rule = new LookElsewhereWhenHomeworkFails();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(LookElsewhereWhenHomeworkFails.INFO);
		assertThat(rule.id()).isEqualTo("CARE-ELSEWHERE");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(LookElsewhereWhenHomeworkFails.CHECK_INS).isEqualTo(3);
	}

	@Test
	void threeCheckInsWithoutImprovementSayTheIssueMayBeElsewhere() {
		assertThat(rule.evaluate(STRETCH, List.of(3, 3, 3))).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("CARE-ELSEWHERE");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
			assertThat(reason.text()).isEqualTo("You did \"Calf stretch against a wall\" in your last 3 check-ins but the "
					+ "area has not improved: the issue may be elsewhere. A movement assessment can look for the cause.");
		});
	}

	@Test
	void gettingWorseIsNoImprovementEither() {
		assertThat(rule.evaluate(STRETCH, List.of(5, 4, 3))).isPresent();
	}

	@Test
	void twoCheckInsAreTooFewToJudge() {
		assertThat(rule.evaluate(STRETCH, List.of(2, 2))).isEmpty();
		assertThat(rule.evaluate(STRETCH, List.of())).isEmpty();
	}

	@Test
	void anyImprovementWithinTheThreeCheckInsIsNotAFailure() {
		assertThat(rule.evaluate(STRETCH, List.of(3, 3, 4))).isEmpty();
		assertThat(rule.evaluate(STRETCH, List.of(3, 5, 3))).isEmpty();
	}

	@Test
	void onlyTheLatestThreeCheckInsCount() {
		assertThat(rule.evaluate(STRETCH, List.of(1, 4, 4, 4))).as("an old improvement does not hide a stall")
			.isPresent();
		assertThat(rule.evaluate(STRETCH, List.of(4, 4, 4, 2, 2, 5))).as("a recent improvement counts").isEmpty();
	}

	@Test
	void anAreaThatIsAlreadyGoodIsNotAFailure() {
		assertThat(rule.evaluate(STRETCH, List.of(7, 7, 7))).isEmpty();
		assertThat(rule.evaluate(STRETCH, List.of(6, 6, 6))).isPresent();
	}

}
