package io.runrub.training.load;

import io.runrub.training.LoadMethod;
import io.runrub.training.SessionType;
import io.runrub.training.imports.HeartRateTrace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SessionLoadTests {

	@Test
	void sessionRpeIsRpeTimesMinutesAndComesFirst() {
		// 6 × 50 = 300 on the effort scale, / 4.2 (7 × 60 = 420 is an hour at threshold = 100) = 71.4286, even
		// though heart rate is known too
		SessionLoad.Result load = SessionLoad.of(SessionType.TEMPO, 50, 6, 150, null);
		assertThat(load.method()).isEqualTo(LoadMethod.RPE);
		assertThat(load.load()).isCloseTo(71.4286, within(0.0001));
	}

	@Test
	void anHourAtThresholdIsOneHundredWhicheverWayItWasRecorded() {
		// effort: RPE 7 for 60 minutes = 420 / 4.2 = 100
		assertThat(SessionLoad.of(SessionType.TEMPO, 60, 7, null, null))
			.isEqualTo(new SessionLoad.Result(100, LoadMethod.RPE));
		// heart rate: 60 minutes at 180 bpm, HRr = 120/140 = 0.857143, TRIMP = 60 × 0.857143 × 0.725 × e^(1.795 ×
		// 0.857143) = 173.674, which is the calibration: 100
		assertThat(SessionLoad.TRIMP_PER_POINT * 100).isCloseTo(173.674, within(0.001));
		SessionLoad.Result average = SessionLoad.of(SessionType.TEMPO, 60, null, 180, null);
		assertThat(average.method()).isEqualTo(LoadMethod.HEART_RATE);
		assertThat(average.load()).isCloseTo(100, within(1e-9));
		// the same hour as a per-second stream: 3,600 samples of 180 bpm
		int[] seconds = new int[3600];
		short[] bpm = new short[3600];
		for (int i = 0; i < 3600; i++) {
			seconds[i] = i;
			bpm[i] = 180;
		}
		SessionLoad.Result stream = SessionLoad.of(SessionType.TEMPO, 60, null, 180, new HeartRateTrace(seconds, bpm));
		assertThat(stream.method()).isEqualTo(LoadMethod.HEART_RATE);
		assertThat(stream.load()).isCloseTo(100, within(1e-9));
		// and an estimate of an hour's intervals (typical RPE 7) too
		assertThat(SessionLoad.of(SessionType.INTERVALS, 60, null, null, null).load()).isCloseTo(100, within(1e-9));
	}

	@Test
	void averageHeartRateGivesBanisterTrimpWithTheDefaultsForUnknownSex() {
		// HRr = (150 − 60) / (200 − 60) = 0.642857; 60 × 0.642857 × 0.725 × e^(1.795 × 0.642857) = 88.664 raw,
		// / 1.73674 (an hour at threshold) = 51.053
		SessionLoad.Result load = SessionLoad.of(SessionType.EASY, 60, null, 150, null);
		assertThat(load.method()).isEqualTo(LoadMethod.HEART_RATE);
		assertThat(load.load()).isCloseTo(51.053, within(0.001));
	}

	@Test
	void aHeartRateStreamIsSummedSampleBySample() {
		// 120 bpm held 30 s, 150 bpm held 60 s, 150 bpm for the last second:
		// 0.5 × w(60/140) + 1 × w(90/140) + (1/60) × w(90/140) with w(r) = r × 0.725 × e^(1.795 r) = 1.8377 raw,
		// / 1.73674 = 1.0581
		HeartRateTrace trace = new HeartRateTrace(new int[] { 0, 30, 90 }, new short[] { 120, 150, 150 });
		SessionLoad.Result load = SessionLoad.of(SessionType.EASY, 1.5, null, 140, trace);
		assertThat(load.method()).isEqualTo(LoadMethod.HEART_RATE);
		assertThat(SessionLoad.trimp(trace, 200, 60)).isCloseTo(1.8377, within(0.0001));
		assertThat(load.load()).isCloseTo(1.0581, within(0.0001));
	}

	@Test
	void pausesInRecordingCountAtMostAMinute() {
		// 150 bpm, then a 10-minute gap: the first sample counts 60 s, not 600 s
		HeartRateTrace gap = new HeartRateTrace(new int[] { 0, 600 }, new short[] { 150, 150 });
		double oneMinute = SessionLoad.trimp(new HeartRateTrace(new int[] { 0, 60 }, new short[] { 150, 150 }), 200,
				60);
		assertThat(SessionLoad.trimp(gap, 200, 60)).isCloseTo(oneMinute, within(1e-9));
	}

	@Test
	void implausibleHeartRateFallsBackToTheEstimate() {
		// 240 bpm for an hour would be a raw TRIMP of 562 per hour (> 400): the recording is wrong, so the estimate:
		// 60 min × easy (3) = 180 / 4.2 = 42.857
		SessionLoad.Result load = SessionLoad.of(SessionType.EASY, 60, null, 240, null);
		assertThat(load.method()).isEqualTo(LoadMethod.ESTIMATE);
		assertThat(load.load()).isCloseTo(42.857, within(0.001));
	}

	@Test
	void withoutRpeOrHeartRateTheTypeGivesAnEstimate() {
		// an hour of intervals: typical RPE 7 × 60 = 420 / 4.2 = 100
		assertThat(SessionLoad.of(SessionType.INTERVALS, 60, null, null, null))
			.isEqualTo(new SessionLoad.Result(100, LoadMethod.ESTIMATE));
		assertThat(SessionLoad.typicalIntensity(SessionType.EASY)).isLessThan(SessionLoad.typicalIntensity(SessionType.LONG));
		assertThat(SessionLoad.typicalIntensity(SessionType.LONG)).isLessThan(SessionLoad.typicalIntensity(SessionType.TEMPO));
		assertThat(SessionLoad.typicalIntensity(SessionType.TEMPO))
			.isLessThan(SessionLoad.typicalIntensity(SessionType.INTERVALS));
		assertThat(SessionLoad.typicalIntensity(SessionType.INTERVALS))
			.isLessThan(SessionLoad.typicalIntensity(SessionType.RACE));
	}

	@Test
	void minutesNearThresholdCountOnlySamplesAtOrAbove94Percent() {
		// threshold 180 → 169.2 bpm; 170 held 600 s counts as 10 minutes, 165 held 600 s does not count
		HeartRateTrace trace = new HeartRateTrace(new int[] { 0, 60, 660, 1260 },
				new short[] { 170, 170, 165, 170 });
		// 170 for 60 s, 170 for 60 s (capped from 600), 165 never, 170 for the last second
		assertThat(SessionLoad.minutesAtThreshold(trace, 180)).isCloseTo(2 + 1 / 60.0, within(1e-9));
	}

}
