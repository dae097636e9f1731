package io.runrub.training.imports.fit;

import static io.runrub.training.imports.fit.FitRecords.NO_POSITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary values, from sessions when the device wrote them and from records otherwise. */
class FitActivityTests {

	private static final Instant START = Instant.parse("2024-05-01T06:00:00Z");
	private static final double NaN = Double.NaN;

	@Test
	void climbsOnlyWhatRisesMoreThanTheHysteresis() {
		FitRecords records = altitudes(100, 101, 100, 101.5, 100, 105, 110, 109, 111, 100, 104, NaN, 90, 92, 91, 92.5);

		// 100 -> 111 climbs 11 despite the dip to 109; 100 -> 104 climbs 4; from 90 on it is noise.
		assertThat(activity(List.of(), records).elevationGainMeters()).isCloseTo(15.0, within(1e-4));
	}

	@Test
	void hasNoElevationGainWithoutAltitudesOrAscent() {
		assertThat(activity(List.of(), altitudes(NaN, NaN)).elevationGainMeters()).isNull();
	}

	@Test
	void fallsBackOnTheRecords() {
		FitRecords.Builder builder = new FitRecords.Builder();
		builder.add(START.getEpochSecond(), NO_POSITION, NO_POSITION, NaN, 100, NaN, 0, NaN, NaN);
		builder.add(FitRecords.NO_TIME, NO_POSITION, NO_POSITION, NaN, 200, NaN, NaN, NaN, NaN);
		builder.add(START.getEpochSecond() + 90, NO_POSITION, NO_POSITION, NaN, 121, NaN, 250, NaN, NaN);
		builder.add(START.getEpochSecond() + 95, NO_POSITION, NO_POSITION, NaN, NaN, NaN, NaN, 2.0, NaN);
		FitActivity activity = activity(List.of(), builder.build());

		assertThat(activity.startTime()).isEqualTo(START);
		assertThat(activity.duration()).isEqualTo(Duration.ofSeconds(95));
		assertThat(activity.distanceMeters()).isEqualTo(250.0);
		assertThat(activity.averageHeartRate()).isEqualTo(140);
		FitHeartRateSeries heartRates = activity.heartRateSeries();
		assertThat(heartRates.size()).isEqualTo(2);
		assertThat(heartRates.time(1)).isEqualTo(START.plusSeconds(90));
		assertThat(heartRates.epochSecond(1)).isEqualTo(START.getEpochSecond() + 90);
		assertThat(heartRates.beatsPerMinute(1)).isEqualTo(121);
	}

	@Test
	void addsUpTheSessionsOfAMultisportFile() {
		FitActivity activity = activity(List.of(
				session(START, Duration.ofMinutes(30), 10_000.0, 100, 140),
				session(START.plusSeconds(2000), Duration.ofMinutes(20), 5_000.0, 20, 160)),
				altitudes());

		assertThat(activity.startTime()).isEqualTo(START);
		assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(50));
		assertThat(activity.distanceMeters()).isEqualTo(15_000.0);
		assertThat(activity.elevationGainMeters()).isEqualTo(120.0);
	}

	@Test
	void saysNothingAboutAnEmptyFile() {
		FitActivity activity = activity(List.of(), altitudes());

		assertThat(activity.startTime()).isNull();
		assertThat(activity.duration()).isNull();
		assertThat(activity.distanceMeters()).isNull();
		assertThat(activity.elevationGainMeters()).isNull();
		assertThat(activity.averageHeartRate()).isNull();
		assertThat(activity.heartRateSeries().size()).isZero();
	}

	private static FitSession session(Instant start, Duration timerTime, Double distance, Integer ascent,
									  Integer averageHeartRate) {
		return new FitSession(1, 0, start, timerTime, timerTime, distance, ascent, averageHeartRate, null, null, null);
	}

	private static FitActivity activity(List<FitSession> sessions, FitRecords records) {
		return new FitActivity(null, null, null, sessions, List.of(), records, List.of(), null);
	}

	private static FitRecords altitudes(double... meters) {
		FitRecords.Builder builder = new FitRecords.Builder();
		for (int i = 0; i < meters.length; i++) {
			builder.add(START.getEpochSecond() + i, NO_POSITION, NO_POSITION, meters[i], NaN, NaN, NaN, NaN, NaN);
		}
		return builder.build();
	}
}
