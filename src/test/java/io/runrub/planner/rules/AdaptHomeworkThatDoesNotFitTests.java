package io.runrub.planner.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CARE-ADAPT: missed check-ins dominated (at least two, and at least half of the missed ones) by "couldn't remember how
 * it should feel" → a clearer version, or by "too time-consuming" → a shorter one.
 */
class AdaptHomeworkThatDoesNotFitTests {

	static final String CALF_RAISES = "Eccentric calf raises";

	final AdaptHomeworkThatDoesNotFit rule = new AdaptHomeworkThatDoesNotFit();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(AdaptHomeworkThatDoesNotFit.INFO);
		assertThat(rule.id()).isEqualTo("CARE-ADAPT");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(AdaptHomeworkThatDoesNotFit.AT_LEAST).isEqualTo(2);
	}

	@Test
	void nothingMissedNothingToAdapt() {
		assertThat(rule.evaluate(CALF_RAISES, 0, 0, 0)).isEmpty();
	}

	@Test
	void tooTimeConsumingInHalfTheMissedCheckInsAsksForAShorterVersion() {
		assertThat(rule.evaluate(CALF_RAISES, 4, 0, 2)).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("CARE-ADAPT");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
			assertThat(reason.text()).isEqualTo(
					"\"Eccentric calf raises\" was too time-consuming in 2 of 4 missed check-ins: try a shorter version.");
		});
		assertThat(rule.evaluate(CALF_RAISES, 3, 0, 3)).isPresent();
	}

	@Test
	void tooTimeConsumingInLessThanHalfDoesNotDominate() {
		assertThat(rule.evaluate(CALF_RAISES, 5, 0, 2)).isEmpty();
	}

	@Test
	void aSingleTooTimeConsumingCheckInDoesNotDominate() {
		assertThat(rule.evaluate(CALF_RAISES, 1, 0, 1)).isEmpty();
	}

	@Test
	void forgettingHowItShouldFeelInHalfTheMissedCheckInsAsksForAClearerVersion() {
		assertThat(rule.evaluate(CALF_RAISES, 4, 2, 0)).hasValueSatisfying(reason -> assertThat(reason.text())
			.isEqualTo("In 2 of 4 missed check-ins of \"Eccentric calf raises\" you could not remember how it should "
					+ "feel: ask for a clearer version, or a demonstration."));
	}

	@Test
	void forgettingInLessThanHalfOrOnlyOnceDoesNotDominate() {
		assertThat(rule.evaluate(CALF_RAISES, 5, 2, 0)).isEmpty();
		assertThat(rule.evaluate(CALF_RAISES, 2, 1, 0)).isEmpty();
	}

	@Test
	void theMoreFrequentReasonWinsAndATieAsksForAShorterVersion() {
		assertThat(rule.evaluate(CALF_RAISES, 5, 3, 2)).hasValueSatisfying(
				reason -> assertThat(reason.text()).contains("could not remember how it should feel"));
		assertThat(rule.evaluate(CALF_RAISES, 4, 2, 2)).hasValueSatisfying(
				reason -> assertThat(reason.text()).contains("try a shorter version"));
	}

	@Test
	void otherReasonsForMissingDoNotCallForAChange() {
		assertThat(rule.evaluate(CALF_RAISES, 6, 1, 1)).isEmpty();
	}

}
