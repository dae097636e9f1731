package io.runrub.training.hard;

import io.runrub.training.HardSignal;
import io.runrub.training.SessionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HardSessionRuleTests {

	static final HardSessionRule.Context QUIET_WEEK = new HardSessionRule.Context(200, 100.0);

	static HardSessionRule.Facts session(SessionType type, Integer rpe, double minutes, Double atThreshold,
			double load) {
		return new HardSessionRule.Facts(type, rpe, minutes, atThreshold, load, null);
	}

	@Test
	void aRaceIsHardBecauseItIsARace() {
		assertThat(HardSessionRule.classify(session(SessionType.RACE, 3, 20, null, 60), QUIET_WEEK).signal())
			.isEqualTo(HardSignal.RACE);
	}

	@Test
	void qualityTypesAreHard() {
		for (SessionType type : new SessionType[] { SessionType.INTERVALS, SessionType.TEMPO, SessionType.HILLS }) {
			HardSessionRule.Verdict verdict = HardSessionRule.classify(session(type, null, 40, null, 100), QUIET_WEEK);
			assertThat(verdict.hard()).isTrue();
			assertThat(verdict.signal()).isEqualTo(HardSignal.QUALITY_TYPE);
		}
	}

	@Test
	void rpeOfSevenOrMoreIsHardAndSixIsNot() {
		assertThat(HardSessionRule.classify(session(SessionType.EASY, 7, 40, null, 100), QUIET_WEEK).signal())
			.isEqualTo(HardSignal.RPE);
		assertThat(HardSessionRule.classify(session(SessionType.EASY, 6, 40, null, 100), QUIET_WEEK).hard())
			.isFalse();
	}

	@Test
	void tenMinutesNearThresholdHeartRateIsHard() {
		assertThat(HardSessionRule.classify(session(SessionType.EASY, null, 40, 10.0, 100), QUIET_WEEK).signal())
			.isEqualTo(HardSignal.INTENSITY);
		assertThat(HardSessionRule.classify(session(SessionType.EASY, null, 40, 9.9, 100), QUIET_WEEK).hard())
			.isFalse();
	}

	@Test
	void ninetyMinutesIsALongRun() {
		assertThat(HardSessionRule.classify(session(SessionType.EASY, null, 90, null, 100), QUIET_WEEK).signal())
			.isEqualTo(HardSignal.LONG_RUN);
		// 89 of 400 minutes is 22% of the week: not long by either measure
		assertThat(HardSessionRule
			.classify(session(SessionType.EASY, null, 89, null, 100), new HardSessionRule.Context(400, 100.0))
			.hard()).isFalse();
	}

	@Test
	void aQuarterOfTheWeeksRunningIsALongRun() {
		// 60 of 200 minutes = 30%
		HardSessionRule.Verdict verdict = HardSessionRule.classify(session(SessionType.EASY, null, 60, null, 100),
				new HardSessionRule.Context(200, 100.0));
		assertThat(verdict.signal()).isEqualTo(HardSignal.LONG_RUN);
		assertThat(verdict.reason()).contains("30%");
		// 60 of 300 minutes = 20%
		assertThat(HardSessionRule
			.classify(session(SessionType.EASY, null, 60, null, 100), new HardSessionRule.Context(300, 100.0))
			.hard()).isFalse();
	}

	@Test
	void theOnlyRunOfAQuietWeekIsNotLongBecauseItIsAllOfIt() {
		// 50 of 50 minutes is 100% of the week, but one run does not make a week of training
		assertThat(HardSessionRule
			.classify(session(SessionType.EASY, null, 50, null, 100), new HardSessionRule.Context(50, 1, null))
			.hard()).isFalse();
		assertThat(HardSessionRule
			.classify(session(SessionType.EASY, null, 50, null, 100), new HardSessionRule.Context(150, 3, null))
			.signal()).isEqualTo(HardSignal.LONG_RUN);
	}

	@Test
	void cyclingIsNeverALongRun() {
		assertThat(HardSessionRule.classify(session(SessionType.CROSS, null, 120, null, 100), QUIET_WEEK).hard())
			.isFalse();
	}

	@Test
	void loadOfOneAndAHalfTimesTheMedianIsHard() {
		HardSessionRule.Context context = new HardSessionRule.Context(1000, 100.0);
		assertThat(HardSessionRule.classify(session(SessionType.CROSS, null, 60, null, 150), context).signal())
			.isEqualTo(HardSignal.LOAD);
		assertThat(HardSessionRule.classify(session(SessionType.CROSS, null, 60, null, 149), context).hard()).isFalse();
		assertThat(HardSessionRule
			.classify(session(SessionType.CROSS, null, 60, null, 500), new HardSessionRule.Context(1000, null))
			.hard()).as("no median yet").isFalse();
	}

	@Test
	void theRunnersOverrideWinsAndSaysSo() {
		HardSessionRule.Facts race = new HardSessionRule.Facts(SessionType.RACE, null, 30, null, 200, false);
		HardSessionRule.Verdict verdict = HardSessionRule.classify(race, QUIET_WEEK);
		assertThat(verdict.hard()).isFalse();
		assertThat(verdict.signal()).isEqualTo(HardSignal.SET_BY_RUNNER);
		HardSessionRule.Facts easy = new HardSessionRule.Facts(SessionType.EASY, 2, 30, null, 60, true);
		assertThat(HardSessionRule.classify(easy, QUIET_WEEK).hard()).isTrue();
	}

	@Test
	void signalsAreCheckedInOrder() {
		// intervals at RPE 9 for 100 minutes: the type decides, not the RPE or the length
		assertThat(HardSessionRule.classify(session(SessionType.INTERVALS, 9, 100, 30.0, 900), QUIET_WEEK).signal())
			.isEqualTo(HardSignal.QUALITY_TYPE);
		// an easy-type run at RPE 8 for 100 minutes: RPE decides before length
		assertThat(HardSessionRule.classify(session(SessionType.EASY, 8, 100, null, 800), QUIET_WEEK).signal())
			.isEqualTo(HardSignal.RPE);
	}

}
