package io.runrub.training.imports.fit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The generated runs the import benchmark feeds in decode as the run they describe. */
class GeneratedRunsTests {

	private static final Instant START = Instant.parse("2025-03-04T07:12:00Z");

	@Test
	void decodesAsAOneHourRunRecordedEverySecond() {
		FitActivity run = FitDecoder.decode(GeneratedRuns.run(START, Duration.ofHours(1), 42));

		assertThat(run.fileId().serialNumber()).isEqualTo(GeneratedRuns.DEVICE_SERIAL);
		assertThat(run.fileId().timeCreated()).isEqualTo(START);
		assertThat(run.sport()).isEqualTo(1);
		assertThat(run.startTime()).isEqualTo(START);
		assertThat(run.duration()).isEqualTo(Duration.ofHours(1));
		FitRecords records = run.records();
		assertThat(records.size()).isEqualTo(3601);
		assertThat(records.time(3600)).isEqualTo(START.plusSeconds(3600));
		assertThat(run.distanceMeters()).isBetween(9_000.0, 12_000.0)
			.isCloseTo(records.distance(3600), within(0.01));
		assertThat(records.latitude(0)).isCloseTo(51.5033, within(1e-6));
		assertThat(records.altitude(100)).isBetween(10.0, 45.0);
		assertThat(records.speed(100)).isBetween(1.5, 4.0);
		assertThat(run.averageHeartRate()).isBetween(120, 160);
		assertThat(run.heartRateSeries().size()).isEqualTo(3601);
		assertThat(run.elevationGainMeters()).isBetween(50.0, 200.0);
		assertThat(run.laps()).hasSizeBetween(9, 13);
	}

	@Test
	void theSameArgumentsGiveTheSameBytes() {
		assertThat(GeneratedRuns.run(START, Duration.ofMinutes(5), 7))
			.isEqualTo(GeneratedRuns.run(START, Duration.ofMinutes(5), 7));
	}

}
