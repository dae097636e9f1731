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
		// 6 × 50 = 300, even though heart rate is known too
		SessionLoad.Result load = SessionLoad.of(SessionType.TEMPO, 50, 6, 150, null);
		assertThat(load.method()).isEqualTo(LoadMethod.RPE);
		assertThat(load.load()).isEqualTo(300.0);
	}

	@Test
	void averageHeartRateGivesBanisterTrimpWithTheDefaultsForUnknownSex() {
		// HRr = (150 − 60) / (200 − 60) = 0.642857; 60 × 0.642857 × 0.725 × e^(1.795 × 0.642857) = 88.664
		SessionLoad.Result load = SessionLoad.of(SessionType.EASY, 60, null, 150, null);
		assertThat(load.method()).isEqualTo(LoadMethod.HEART_RATE);
		assertThat(load.load()).isCloseTo(88.664, within(0.001));
	}

	@Test
	void aHeartRateStreamIsSummedSampleBySample() {
		// 120 bpm held 30 s, 150 bpm held 60 s, 150 bpm for the last second:
		// 0.5 × w(60/140) + 1 × w(90/140) + (1/60) × w(90/140) with w(r) = r × 0.725 × e^(1.795 r) = 1.8377
		HeartRateTrace trace = new HeartRateTrace(new int[] { 0, 30, 90 }, new short[] { 120, 150, 150 });
		SessionLoad.Result load = SessionLoad.of(SessionType.EASY, 1.5, null, 140, trace);
		assertThat(load.method()).isEqualTo(LoadMethod.HEART_RATE);
		assertThat(load.load()).isCloseTo(1.8377, within(0.0001));
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
		// 240 bpm for an hour would be 562 per hour (> 400): the recording is wrong, so 60 min × easy (3) = 180
		SessionLoad.Result load = SessionLoad.of(SessionType.EASY, 60, null, 240, null);
		assertThat(load.method()).isEqualTo(LoadMethod.ESTIMATE);
		assertThat(load.load()).isEqualTo(180.0);
	}

	@Test
	void withoutRpeOrHeartRateTheTypeGivesAnEstimate() {
		assertThat(SessionLoad.of(SessionType.INTERVALS, 60, null, null, null))
			.isEqualTo(new SessionLoad.Result(420, LoadMethod.ESTIMATE));
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
