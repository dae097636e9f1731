package io.runrub.planner.rules;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CARE-CALF-HILLS: calves tight in most recent sessions (3 of the last 4 notes) → look at hill volume and toe push-off
 * in the training data, and say what it shows, whether hill work rose or not.
 */
class TightCalvesPointToHillsTests {

	static final String MORE_HILLS = " More hill work than usual loads the calves; consider easing it, and ask your "
			+ "therapist to look at your toe push-off.";

	static final String NO_MORE_HILLS = " That is no more hill work than usual, so hills are an unlikely cause; ask "
			+ "your therapist to look at your toe push-off.";

	final TightCalvesPointToHills rule = new TightCalvesPointToHills();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(TightCalvesPointToHills.INFO);
		assertThat(rule.id()).isEqualTo("CARE-CALF-HILLS");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
		assertThat(rule.info().evidenceNote()).contains("tightness is not a proven sign of either");
	}

	@Test
	void mostMeansThreeOfTheLastFourNotes() {
		assertThat(TightCalvesPointToHills.TIGHT_NOTES).isEqualTo(3);
		assertThat(TightCalvesPointToHills.OF_NOTES).isEqualTo(4);
	}

	@Test
	void twoTightNotesOfFourAreNotEnough() {
		assertThat(rule.evaluate(2, 4, 5, 1, 900, 300)).isEmpty();
		assertThat(rule.evaluate(0, 4, 0, 0, 0, 0)).isEmpty();
	}

	@Test
	void whenHillWorkRoseItSaysSoAndPointsAtPushOffToo() {
		assertThat(rule.evaluate(3, 4, 3, 1, 450, 300)).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("CARE-CALF-HILLS");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
			assertThat(reason.text()).isEqualTo("Your calves were tight in 3 of your last 4 treatment notes. In the "
					+ "three weeks before, you ran 3 hill sessions and climbed 450 m, against your usual 1.0 and 300 m."
					+ MORE_HILLS);
		});
	}

	@Test
	void whenHillWorkDidNotRiseItSaysThatTooAndStillPointsAtPushOff() {
		assertThat(rule.evaluate(4, 4, 1, 1, 300, 300)).hasValueSatisfying(reason -> assertThat(reason.text())
			.isEqualTo("Your calves were tight in 4 of your last 4 treatment notes. In the three weeks before, you ran "
					+ "1 hill session and climbed 300 m, against your usual 1.0 and 300 m." + NO_MORE_HILLS));
	}

	@Test
	void moreClimbingCountsAsMoreHillWorkOnlyAboveTenPercent() {
		assertThat(rule.evaluate(3, 4, 1, 1, 331, 300)).hasValueSatisfying(
				reason -> assertThat(reason.text()).endsWith(MORE_HILLS));
		assertThat(rule.evaluate(3, 4, 1, 1, 330, 300)).hasValueSatisfying(
				reason -> assertThat(reason.text()).endsWith(NO_MORE_HILLS));
	}

	@Test
	void moreHillSessionsThanUsualCountEvenWithoutMoreClimbing() {
		assertThat(rule.evaluate(3, 4, 2, 1.5, 300, 300)).hasValueSatisfying(
				reason -> assertThat(reason.text()).endsWith(MORE_HILLS));
	}

	@Test
	void noHillsAtAllIsNoRise() {
		assertThat(rule.evaluate(3, 3, 0, 0, 0, 0)).hasValueSatisfying(reason -> assertThat(reason.text())
			.contains("you ran 0 hill sessions and climbed 0 m, against your usual 0.0 and 0 m.")
			.endsWith(NO_MORE_HILLS));
	}

	@Test
	void numbersReadTheSameWhateverTheServerLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			assertThat(rule.evaluate(3, 4, 2, 1.5, 1250.4, 900)).hasValueSatisfying(reason -> assertThat(reason.text())
				.contains("climbed 1250 m, against your usual 1.5 and 900 m."));
		}
		finally {
			Locale.setDefault(before);
		}
	}

}
