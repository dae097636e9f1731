package io.runrub.planner.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SAFE-STOP: a stop answer in the intake → no massage; advise medical care. */
class StopAnswersBlockMassageTests {

	final StopAnswersBlockMassage rule = new StopAnswersBlockMassage();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(StopAnswersBlockMassage.INFO);
		assertThat(rule.id()).isEqualTo("SAFE-STOP");
		assertThat(rule.info().sources()).isEqualTo("—");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(rule.info().evidenceNote()).contains("case reports");
	}

	@Test
	void noStopAnswerNoWarning() {
		assertThat(rule.check(List.of())).isEmpty();
	}

	@Test
	void aStopAnswerMeansNoMassageAndAdviceToSeeADoctor() {
		assertThat(rule.check(List.of("new unexplained calf swelling"))).hasValueSatisfying(warning -> {
			assertThat(warning.rule()).isEqualTo("SAFE-STOP");
			assertThat(warning.text()).isEqualTo("No massage for now: you told us about new unexplained calf swelling. "
					+ "Please see a doctor or seek medical advice first, then update your health answers.");
		});
	}

	@Test
	void severalStopAnswersMakeOneWarningThatNamesThemAll() {
		assertThat(rule.check(List.of("chest pain", "fever", "a suspected fracture"))).hasValueSatisfying(warning -> {
			assertThat(warning.text()).startsWith("No massage for now: you told us about chest pain; fever; a suspected "
					+ "fracture.");
			assertThat(warning.text()).containsOnlyOnce("see a doctor or seek medical advice");
		});
	}

}
