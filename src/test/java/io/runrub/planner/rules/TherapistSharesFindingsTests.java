package io.runrub.planner.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CARE-FEEDBACK: after each session the therapist records findings per body area and tells the runner. */
class TherapistSharesFindingsTests {

	final TherapistSharesFindings rule = new TherapistSharesFindings();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(TherapistSharesFindings.INFO);
		assertThat(rule.id()).isEqualTo("CARE-FEEDBACK");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
	}

	@Test
	void promisesFindingsAreaByAreaToldToTheRunner() {
		assertThat(rule.info().rule())
			.isEqualTo("After each session your therapist records what they find, area by area, and tells you.");
		assertThat(rule.info().sourceSentence()).contains("feedback").contains("inform your training programme");
	}

}
