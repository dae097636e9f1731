package io.runrub.runners;

import java.time.Instant;
import java.util.Map;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;

import static io.runrub.runners.Answers.allNo;
import static io.runrub.runners.Answers.allNoBut;
import static org.assertj.core.api.Assertions.assertThat;

/** What health answers mean for massage: SAFE-STOP blocks it, SAFE-RESTRICT keeps it light and shallow. */
class IntakeVerdictTests {

	private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

	@Test
	void noAnswersNeitherBlockNorRestrictButSayToAnswerFirst() {
		IntakeVerdict verdict = IntakeVerdict.of(null);

		assertThat(verdict.answered()).isFalse();
		assertThat(verdict.blocksMassage()).isFalse();
		assertThat(verdict.restricted()).isFalse();
		assertThat(verdict.advice()).startsWith("Answer the health questions before booking");
		assertThat(verdict).isEqualTo(IntakeVerdict.unanswered());
	}

	@Test
	void allNoAllowsEveryModalityAtAnyPressure() {
		IntakeVerdict verdict = IntakeVerdict.of(intake(allNo()));

		assertThat(verdict.answered()).isTrue();
		assertThat(verdict.stops()).isEmpty();
		assertThat(verdict.restrictions()).isEmpty();
		assertThat(verdict.blocksMassage()).isFalse();
		assertThat(verdict.restricted()).isFalse();
		assertThat(verdict.maxPressure()).isEqualTo(Pressure.DEEP);
		assertThat(Modality.values()).allMatch(verdict::allows);
		assertThat(verdict.advice()).contains("Nothing in your health answers stops or limits massage");
	}

	@Test
	void aStopAnswerBlocksEveryMassageAndAdvisesMedicalAdvice() {
		IntakeVerdict verdict = IntakeVerdict.of(intake(allNoBut("FEVER")));

		assertThat(verdict.blocksMassage()).isTrue();
		assertThat(verdict.stops()).extracting(IntakeQuestion::id).containsExactly("FEVER");
		assertThat(Modality.values()).noneMatch(verdict::allows);
		assertThat(verdict.maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(verdict.advice()).startsWith("Please don't book a massage now")
			.contains("seek medical advice")
			.contains("because you have a fever or an illness you could pass on.")
			.doesNotContain(IntakeQuestions.byId("FEVER").orElseThrow().text())
			.doesNotContain("urgent");
	}

	@Test
	void aSuspectedClotOrChestPainAlsoSaysToGetUrgentHelp() {
		assertThat(IntakeVerdict.of(intake(allNoBut("BLOOD_CLOT"))).advice()).contains("get urgent medical help now");
		assertThat(IntakeVerdict.of(intake(allNoBut("CHEST_PAIN"))).advice()).contains("get urgent medical help now");
	}

	@Test
	void aRestrictAnswerAllowsLightWorkOnly() {
		IntakeVerdict verdict = IntakeVerdict.of(intake(allNoBut("BLOOD_THINNERS")));

		assertThat(verdict.blocksMassage()).isFalse();
		assertThat(verdict.restricted()).isTrue();
		assertThat(verdict.maxPressure()).isEqualTo(Pressure.LIGHT);
		assertThat(verdict.allows(Modality.SWEDISH)).isTrue();
		assertThat(verdict.allows(Modality.SPORTS)).isTrue();
		assertThat(verdict.allows(Modality.MOVEMENT_ASSESSMENT)).isTrue();
		assertThat(verdict.allows(Modality.DEEP_TISSUE)).isFalse();
		assertThat(verdict.allows(Modality.ART)).isFalse();
		assertThat(verdict.advice())
			.startsWith("Because you take blood thinners or have a bleeding disorder, your therapist will keep to light "
					+ "pressure and avoid")
			.contains("check with your doctor where needed")
			.doesNotContain(IntakeQuestions.byId("BLOOD_THINNERS").orElseThrow().text(), "“");
	}

	@Test
	void aStopOutweighsARestriction() {
		IntakeVerdict verdict = IntakeVerdict.of(intake(allNoBut("PREGNANCY", "FRACTURE")));

		assertThat(verdict.blocksMassage()).isTrue();
		assertThat(verdict.restricted()).isTrue();
		assertThat(verdict.allows(Modality.SWEDISH)).isFalse();
		assertThat(verdict.advice()).startsWith("Please don't book a massage now");
	}

	@Test
	void answersMissingAQuestionAreNotAnsweredButTheirYesAnswersStillShow() {
		Map<String, Boolean> answers = allNoBut("VARICOSE_VEINS");
		answers.remove("REDUCED_SENSATION");

		IntakeVerdict verdict = IntakeVerdict.of(intake(answers));

		assertThat(verdict.answered()).isFalse();
		assertThat(verdict.restricted()).isFalse();
		assertThat(verdict.restrictions()).extracting(IntakeQuestion::id).containsExactly("VARICOSE_VEINS");
	}

	@Test
	void yesAnswersAreListedInTheOrderOfTheQuestions() {
		IntakeVerdict verdict = IntakeVerdict.of(intake(allNoBut("REDUCED_SENSATION", "PREGNANCY", "OSTEOPOROSIS")));

		assertThat(verdict.restrictions()).extracting(IntakeQuestion::id)
			.containsExactly("PREGNANCY", "OSTEOPOROSIS", "REDUCED_SENSATION");
	}

	@Test
	void noAdviceMakesAClaimTheEvidenceContradicts() {
		for (IntakeQuestion question : IntakeQuestions.all()) {
			String advice = IntakeVerdict.of(intake(allNoBut(question.id()))).advice().toLowerCase();
			assertThat(advice).as(question.id())
				.doesNotContain("lactic acid", "circulation", "micro-tears", "microtears", "endorphins", "toxins");
		}
	}

	private static Intake intake(Map<String, Boolean> answers) {
		return new Intake(answers, null, NOW, NOW);
	}

}
