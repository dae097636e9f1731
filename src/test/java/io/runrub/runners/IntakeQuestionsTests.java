package io.runrub.runners;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The health questions cover every item of SAFE-STOP and SAFE-RESTRICT in product.md, once each, asked plainly. */
class IntakeQuestionsTests {

	@Test
	void everySafeStopItemIsAStopQuestion() {
		// blood clot or new unexplained calf swelling; chest pain or new breathlessness; fever or contagious illness;
		// dark urine or severe weakness after a very long effort; an injury in the last 72 h; suspected fracture
		assertThat(idsOf(IntakeTier.STOP)).containsExactly("BLOOD_CLOT", "CHEST_PAIN", "FEVER", "DARK_URINE",
				"RECENT_INJURY", "FRACTURE");
	}

	@Test
	void everySafeRestrictItemIsARestrictQuestion() {
		assertThat(idsOf(IntakeTier.RESTRICT)).containsExactly("BLOOD_THINNERS", "PREGNANCY", "RECENT_SURGERY",
				"CANCER_TREATMENT", "OSTEOPOROSIS", "VARICOSE_VEINS", "SKIN_CONDITION", "HEART_CONDITION",
				"REDUCED_SENSATION");
	}

	@Test
	void eachQuestionNamesWhatItsSafetyItemNames() {
		Map<String, String> text = IntakeQuestions.all()
			.stream()
			.collect(Collectors.toMap(IntakeQuestion::id, question -> question.text().toLowerCase()));
		assertThat(text.get("BLOOD_CLOT")).contains("blood clot").contains("swelling").contains("calf");
		assertThat(text.get("CHEST_PAIN")).contains("chest pain").contains("breath");
		assertThat(text.get("FEVER")).contains("fever").contains("pass on");
		assertThat(text.get("DARK_URINE")).contains("dark").contains("urine").contains("weakness")
			.contains("very long");
		assertThat(text.get("RECENT_INJURY")).contains("injured").contains("72 hours");
		assertThat(text.get("FRACTURE")).contains("broken bone");
		assertThat(text.get("BLOOD_THINNERS")).contains("blood thinners").contains("bleeding disorder");
		assertThat(text.get("PREGNANCY")).contains("pregnant");
		assertThat(text.get("RECENT_SURGERY")).contains("operation").contains("6 months");
		assertThat(text.get("CANCER_TREATMENT")).contains("cancer");
		assertThat(text.get("OSTEOPOROSIS")).contains("osteoporosis");
		assertThat(text.get("VARICOSE_VEINS")).contains("varicose veins");
		assertThat(text.get("SKIN_CONDITION")).contains("skin");
		assertThat(text.get("HEART_CONDITION")).contains("heart").contains("blood pressure");
		assertThat(text.get("REDUCED_SENSATION")).contains("numbness");
	}

	@Test
	void idsAreUniqueStableUpperCaseNames() {
		List<String> ids = IntakeQuestions.all().stream().map(IntakeQuestion::id).toList();
		assertThat(ids).doesNotHaveDuplicates().hasSize(15).allMatch(Pattern.compile("[A-Z][A-Z_]*").asMatchPredicate());
	}

	@Test
	void everyQuestionIsAPlainYesNoQuestion() {
		assertThat(IntakeQuestions.all()).allSatisfy(question -> {
			assertThat(question.text()).matches("(Do|Are|Have) you .+\\?");
			assertThat(question.tier()).isNotNull();
		});
	}

	@Test
	void findsAQuestionByItsIdAndNothingForAnUnknownId() {
		assertThat(IntakeQuestions.byId("PREGNANCY")).map(IntakeQuestion::tier).contains(IntakeTier.RESTRICT);
		assertThat(IntakeQuestions.byId("pregnancy")).isEmpty();
		assertThat(IntakeQuestions.byId("NO_SUCH_QUESTION")).isEmpty();
		assertThat(IntakeQuestions.byId(null)).isEmpty();
	}

	@Test
	void theCatalogueCannotBeChangedByACaller() {
		assertThatThrownBy(() -> IntakeQuestions.all().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	private static List<String> idsOf(IntakeTier tier) {
		return IntakeQuestions.all().stream().filter(q -> q.tier() == tier).map(IntakeQuestion::id).toList();
	}

}
