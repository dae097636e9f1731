package io.runrub.planner.rules;

import io.runrub.runners.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FREQ-SCALE-LOAD: more training → more often. Monthly (28 days) up to four training days a week; fortnightly (14)
 * from five, or from three for competitive runners; weekly (7) in peak weeks of six or seven days.
 */
class FrequencyFollowsLoadTests {

	final FrequencyFollowsLoad rule = new FrequencyFollowsLoad();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(FrequencyFollowsLoad.INFO);
		assertThat(rule.id()).isEqualTo("FREQ-SCALE-LOAD");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NONE);
	}

	@ParameterizedTest(name = "{0} days, {1}, peak {2} → every {3} days")
	@CsvSource({
			// monthly up to four days a week, peak week or not
			"1, BEGINNER, false, 28", "3, RECREATIONAL, false, 28", "4, RECREATIONAL, false, 28",
			"4, RECREATIONAL, true, 28", "4, BEGINNER, true, 28",
			// fortnightly from five
			"5, RECREATIONAL, false, 14", "5, BEGINNER, false, 14", "5, RECREATIONAL, true, 14",
			"6, RECREATIONAL, false, 14", "7, RECREATIONAL, false, 14",
			// weekly in peak weeks of six or seven days
			"6, RECREATIONAL, true, 7", "7, RECREATIONAL, true, 7", "6, BEGINNER, true, 7",
			// competitive runners: fortnightly from three, weekly in peak weeks of six or more
			"2, COMPETITIVE, false, 28", "3, COMPETITIVE, false, 14", "4, COMPETITIVE, false, 14",
			"4, COMPETITIVE, true, 14", "5, COMPETITIVE, true, 14", "6, COMPETITIVE, true, 7",
			"7, COMPETITIVE, false, 14" })
	void trainingDaysLevelAndPeakWeeksSetTheInterval(int days, Level level, boolean peak, int interval) {
		assertThat(rule.intervalDays(days, level, peak)).isEqualTo(interval);
	}

	@Test
	void moreTrainingNeverMeansLessOften() {
		for (Level level : Level.values()) {
			for (boolean peak : new boolean[] { false, true }) {
				for (int days = 0; days < 7; days++) {
					assertThat(rule.intervalDays(days + 1, level, peak))
						.as("%s, peak %s, %d → %d days", level, peak, days, days + 1)
						.isLessThanOrEqualTo(rule.intervalDays(days, level, peak));
				}
			}
			for (int days = 0; days <= 7; days++) {
				assertThat(rule.intervalDays(days, level, true)).as("%s, %d days, peak week", level, days)
					.isLessThanOrEqualTo(rule.intervalDays(days, level, false));
			}
		}
	}

	@Test
	void saysHowOftenInPlainWords() {
		assertThat(rule.reason(4, 28)).satisfies(reason -> {
			assertThat(reason.rule()).isEqualTo("FREQ-SCALE-LOAD");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NONE);
			assertThat(reason.text()).isEqualTo("You train 4 days a week: a massage about once a month.");
		});
		assertThat(rule.reason(5, 14).text()).isEqualTo("You train 5 days a week: a massage every two weeks.");
		assertThat(rule.reason(6, 7).text())
			.isEqualTo("You train 6 days a week: a massage every week in your peak weeks.");
	}

	@Test
	void aSpikeInLoadFavoursLighterMassage() {
		assertThat(rule.spike()).satisfies(warning -> {
			assertThat(warning.rule()).isEqualTo("FREQ-SCALE-LOAD");
			assertThat(warning.text()).contains("risen sharply").contains("lighter");
		});
		assertThat(rule.spikeReason()).satisfies(reason -> {
			assertThat(reason.rule()).isEqualTo("FREQ-SCALE-LOAD");
			assertThat(reason.text())
				.isEqualTo("After a spike in your training load: a lighter massage instead of deep work.");
		});
	}

	@Test
	void saysWhenTheTrainingCalendarSetTheInterval() {
		assertThat(rule.reason(3, 28, true).text())
			.isEqualTo("Your training calendar has 3 training days a week: a massage about once a month.");
		assertThat(rule.reason(3, 28, false).text()).isEqualTo("You train 3 days a week: a massage about once a month.");
	}

	@Test
	void aMonthlyMassageMayMoveAFewDaysFromItsTargetAWeeklyOneADay() {
		assertThat(rule.leeway(28)).isEqualTo(3);
		assertThat(rule.leeway(14)).isEqualTo(2);
		assertThat(rule.leeway(7)).isEqualTo(1);
	}

}
