package io.runrub.planner.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** FREQ-MONTHLY-MIN: training three to four times a week (or more) → at least one massage a month. */
class MonthlyMinimumTests {

	final MonthlyMinimum rule = new MonthlyMinimum();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(MonthlyMinimum.INFO);
		assertThat(rule.id()).isEqualTo("FREQ-MONTHLY-MIN");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NONE);
		assertThat(rule.info().grade().label()).isEqualTo("no evidence");
	}

	@ParameterizedTest(name = "{0} days a week")
	@ValueSource(ints = { 3, 4, 5, 6, 7 })
	void appliesFromThreeTrainingDaysAWeek(int days) {
		assertThat(rule.applies(days)).isTrue();
	}

	@ParameterizedTest(name = "{0} days a week")
	@ValueSource(ints = { 0, 1, 2 })
	void doesNotApplyBelowThreeTrainingDaysAWeek(int days) {
		assertThat(rule.applies(days)).isFalse();
	}

	@Test
	void saysWhyInOneSentence() {
		Reason reason = rule.reason(3);
		assertThat(reason.rule()).isEqualTo("FREQ-MONTHLY-MIN");
		assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NONE);
		assertThat(reason.text()).isEqualTo("You train 3 days a week: at least one massage a month.");
	}

	@Test
	void admitsItIsPracticeNotEvidence() {
		assertThat(rule.info().evidenceNote()).contains("No study has set how often");
	}

}
