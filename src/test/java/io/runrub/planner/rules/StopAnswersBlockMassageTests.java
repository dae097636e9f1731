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
	void everyStopQuestionHasItsOwnSentenceNeverTheQuestionText() {
		io.runrub.runners.IntakeQuestions.all().forEach(question -> assertThat(rule.check(List.of(question.id())))
			.hasValueSatisfying(warning -> {
				assertThat(warning.text()).as(question.id()).doesNotContain("one of your health answers")
					.doesNotContain(question.text())
					.doesNotContain("?")
					.doesNotContain(question.id());
			}));
	}

	@Test
	void noStopAnswerNoWarning() {
		assertThat(rule.check(List.of())).isEmpty();
	}

	@Test
	void aStopAnswerMeansNoMassageAndAdviceToSeeADoctor() {
		assertThat(rule.check(List.of("BLOOD_CLOT"))).hasValueSatisfying(warning -> {
			assertThat(warning.rule()).isEqualTo("SAFE-STOP");
			assertThat(warning.text()).isEqualTo("No massage for now, because you may have a blood clot, or swelling in "
					+ "a calf that you cannot explain. Please see a doctor or seek medical advice first, then update "
					+ "your health answers.");
		});
	}

	@Test
	void severalStopAnswersMakeOneWarningThatNamesThemAll() {
		assertThat(rule.check(List.of("CHEST_PAIN", "FEVER", "FRACTURE"))).hasValueSatisfying(warning -> {
			assertThat(warning.text()).startsWith("No massage for now, because you have chest pain, or get out of "
					+ "breath more easily than usual, you have a fever or an illness you could pass on and you might "
					+ "have a broken bone.");
			assertThat(warning.text()).containsOnlyOnce("see a doctor or seek medical advice");
		});
	}

}
