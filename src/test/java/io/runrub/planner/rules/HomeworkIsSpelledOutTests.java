package io.runrub.planner.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CARE-HOMEWORK: homework has instructions, "how it should feel", a dosage and minutes. */
class HomeworkIsSpelledOutTests {

	static final String HOW = "Stand on a step, lower both heels slowly, rise on both feet.";

	static final String FEEL = "A stretch along the back of the lower leg, never sharp pain.";

	static final String DOSAGE = "3 sets of 15, twice a day";

	final HomeworkIsSpelledOut rule = new HomeworkIsSpelledOut();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(HomeworkIsSpelledOut.INFO);
		assertThat(rule.id()).isEqualTo("CARE-HOMEWORK");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
	}

	@Test
	void homeworkWithAllFourPartsIsComplete() {
		assertThat(rule.isComplete(HOW, FEEL, DOSAGE, 10)).isTrue();
		assertThat(rule.isComplete(HOW, FEEL, DOSAGE, 1)).isTrue();
	}

	@Test
	void homeworkWithoutInstructionsIsIncomplete() {
		assertThat(rule.isComplete(null, FEEL, DOSAGE, 10)).isFalse();
		assertThat(rule.isComplete("  ", FEEL, DOSAGE, 10)).isFalse();
	}

	@Test
	void homeworkWithoutHowItShouldFeelIsIncomplete() {
		assertThat(rule.isComplete(HOW, null, DOSAGE, 10)).isFalse();
		assertThat(rule.isComplete(HOW, "", DOSAGE, 10)).isFalse();
	}

	@Test
	void homeworkWithoutADosageIsIncomplete() {
		assertThat(rule.isComplete(HOW, FEEL, null, 10)).isFalse();
		assertThat(rule.isComplete(HOW, FEEL, "\t", 10)).isFalse();
	}

	@Test
	void homeworkWithoutMinutesIsIncomplete() {
		assertThat(rule.isComplete(HOW, FEEL, DOSAGE, 0)).isFalse();
		assertThat(rule.isComplete(HOW, FEEL, DOSAGE, -5)).isFalse();
	}

}
