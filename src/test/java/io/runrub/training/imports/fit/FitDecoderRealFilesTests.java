package io.runrub.training.imports.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Files recorded by real devices, checked against what other decoders read from them. */
class FitDecoderRealFilesTests {

	private static final long FIT_EPOCH = 631_065_600L;
	private static final DateTimeFormatter CSV_TIME =
			DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US);
	private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2147483648.0;

	@Test
	void fenix5RecordsMatchTheirCsv() {
		FitRecords records = TestFiles.decode("garmin-fenix-5-run.fit").records();
		List<String[]> rows = csvRows("garmin-fenix-5-run-records.csv");

		assertThat(records.size()).isEqualTo(rows.size()).isEqualTo(21);
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			softly.assertThat(records.time(i)).as("time %d", i)
					.isEqualTo(ZonedDateTime.parse(row[0], CSV_TIME).toInstant());
			softly.assertThat(records.heartRate(i)).as("heart rate %d", i).isEqualTo(number(row[1]));
			softly.assertThat(records.cadence(i)).as("cadence %d", i).isEqualTo(number(row[2]));
			softly.assertThat(records.speed(i)).as("speed %d", i).isCloseTo(number(row[3]), within(1e-6));
			softly.assertThat(records.distance(i)).as("distance %d", i).isCloseTo(number(row[4]), within(1e-9));
			softly.assertThat(records.latitude(i)).as("latitude %d", i)
					.isCloseTo(number(row[5]) * DEGREES_PER_SEMICIRCLE, within(1e-12));
			softly.assertThat(records.longitude(i)).as("longitude %d", i)
					.isCloseTo(number(row[6]) * DEGREES_PER_SEMICIRCLE, within(1e-12));
			softly.assertThat(records.altitude(i)).as("altitude %d", i).isCloseTo(number(row[7]), within(1e-4));
			softly.assertThat(records.temperature(i)).as("temperature %d", i).isEqualTo(number(row[8]));
		}
		softly.assertAll();
	}

	@Test
	void compressedTimestampsAndSpeedDistanceMatchTheirCsv() {
		FitRecords records = TestFiles.decode("compressed-speed-distance.fit").records();
		List<String[]> rows = csvRows("compressed-speed-distance-records.csv");

		assertThat(records.size()).isEqualTo(rows.size()).isEqualTo(754);
		SoftAssertions softly = new SoftAssertions();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			softly.assertThat(records.epochSecond(i) - FIT_EPOCH).as("timestamp %d", i).isEqualTo(number(row[0]));
			softly.assertThat(records.heartRate(i)).as("heart rate %d", i).isEqualTo(number(row[1]));
			softly.assertThat(records.speed(i)).as("speed %d", i).isCloseTo(number(row[2]), within(1e-6));
			softly.assertThat(records.distance(i)).as("distance %d", i).isEqualTo(number(row[3]));
			softly.assertThat(records.cadence(i)).as("cadence %d", i).isEqualTo(number(row[4]));
		}
		softly.assertAll();
	}

	@Test
	void recordsEndAtTheirSizeThoughTheDecoderMadeRoomForMore() {
		// the decoder sizes the record arrays for the whole file and keeps them: the last records are not garbage
		FitRecords records = TestFiles.decode("compressed-speed-distance.fit").records();

		assertThat(records.size()).isEqualTo(754);
		assertThatThrownBy(() -> records.time(754)).isInstanceOf(IndexOutOfBoundsException.class);
		assertThatThrownBy(() -> records.heartRate(754)).isInstanceOf(IndexOutOfBoundsException.class);
		assertThatThrownBy(() -> records.distance(-1)).isInstanceOf(IndexOutOfBoundsException.class);
	}

	@Test
	void fenix5Summary() {
		FitActivity activity = TestFiles.decode("garmin-fenix-5-run.fit");

		assertThat(activity.fileId()).isEqualTo(new FitFileId(4, 1, 2697, 3945849289L,
				Instant.parse("2017-06-11T14:34:09Z")));
		assertThat(activity.sessions()).containsExactly(new FitSession(1, 0, Instant.parse("2017-06-11T14:34:09Z"),
				Duration.ofMillis(56_887), Duration.ofMillis(56_887), 157.56, 2, 90, 112, 5, null));
		assertThat(activity.laps()).containsExactly(new FitLap(Instant.parse("2017-06-11T14:34:09Z"),
				Duration.ofMillis(56_887), 157.56, 90));
		assertThat(activity.events()).hasSize(4).first()
				.isEqualTo(new FitEvent(Instant.parse("2017-06-11T14:34:09Z"), 0, 0));
		assertThat(activity.workout()).isNull();
	}

	@Test
	void compressedSpeedDistanceSummary() {
		FitActivity activity = TestFiles.decode("compressed-speed-distance.fit");

		// This old device kept no calendar time, so its times are in 1990.
		assertThat(activity.startTime()).isEqualTo(Instant.parse("1990-07-18T06:44:24Z"));
		assertThat(activity.duration()).isEqualTo(Duration.ofMillis(3_772_750));
		assertThat(activity.distanceMeters()).isEqualTo(10248.67);
		assertThat(activity.elevationGainMeters()).isNull();
		assertThat(activity.averageHeartRate()).isEqualTo(170);
		assertThat(activity.laps()).hasSize(11);
		assertThat(activity.heartRateSeries().size()).isEqualTo(754);
	}

	@Test
	void smallFenix2Run() {
		FitActivity activity = TestFiles.decode("activity-small-fenix2-run.fit");

		assertThat(activity.sport()).isEqualTo(1);
		assertThat(activity.records().size()).isEqualTo(2809);
		assertThat(activity.sessions()).hasSize(1);
		assertThat(activity.startTime()).isEqualTo(Instant.parse("2015-08-15T14:45:08Z"));
		assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(47).plusSeconds(12));
		assertThat(activity.distanceMeters()).isEqualTo(9008.22);
		assertThat(activity.elevationGainMeters()).isEqualTo(64.0);
		assertThat(activity.sessions().get(0).calories()).isEqualTo(516);
		assertThat(activity.laps()).hasSize(4);
		assertThat(activity.events()).hasSize(7);
		// This session has no average heart rate, so it comes from the records.
		assertThat(activity.sessions().get(0).averageHeartRate()).isNull();
		assertThat(activity.averageHeartRate()).isEqualTo(154);
		assertThat(activity.heartRateSeries().size()).isEqualTo(2808);
		FitRecords records = activity.records();
		assertThat(records.distance(records.size() - 1)).isCloseTo(9007.07, within(1e-9));
		assertThat(records.latitude(0)).isCloseTo(58.9591828, within(1e-7));
		assertThat(records.longitude(0)).isCloseTo(5.7288390, within(1e-7));
	}

	@Test
	void oneHourTrailRunWithDeveloperFields() {
		FitActivity activity = TestFiles.decode("roznet-sample-1h-run.fit");

		assertThat(activity.sport()).isEqualTo(1);
		assertThat(activity.subSport()).isEqualTo(3); // trail
		assertThat(activity.records().size()).isEqualTo(4276);
		assertThat(activity.sessions()).containsExactly(new FitSession(1, 3, Instant.parse("2020-09-24T07:03:18Z"),
				Duration.ofMillis(4_701_014), Duration.ofMillis(4_271_564), 9399.93, 344, 154, 182, 765, null));
		assertThat(activity.duration()).isEqualTo(Duration.ofMillis(4_271_564));
		assertThat(activity.distanceMeters()).isEqualTo(9399.93);
		assertThat(activity.elevationGainMeters()).isEqualTo(344.0);
		assertThat(activity.averageHeartRate()).isEqualTo(154);
		assertThat(activity.laps()).hasSize(6);
		assertThat(activity.laps().get(0)).isEqualTo(new FitLap(Instant.parse("2020-09-24T07:03:18Z"),
				Duration.ofMillis(905_175), 1609.34, 139));
		assertThat(activity.events()).hasSize(10);
		FitRecords records = activity.records();
		// enhanced_altitude and enhanced_speed: this device writes no plain altitude or speed.
		assertThat(records.altitude(0)).isCloseTo(1549.8, within(1e-3));
		assertThat(records.speed(0)).isCloseTo(0.261, within(1e-6));
		assertThat(records.distance(records.size() - 1)).isCloseTo(9399.93, within(1e-9));
	}

	@Test
	void rejectsATruncatedFile() {
		byte[] bytes = TestFiles.read("activity-unexpected-eof.fit");

		assertThatThrownBy(() -> FitDecoder.decode(bytes))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is truncated: expected 771 bytes but found 768");
	}

	@Test
	void rejectsAChainedFileWithACorruptHeader() {
		byte[] bytes = TestFiles.read("activity-settings-corruptheader.fit");

		assertThatThrownBy(() -> FitDecoder.decode(bytes))
				.isInstanceOf(FitFormatException.class)
				.hasMessage("The FIT file is damaged: it goes on for 83 bytes after its end at byte 771,"
						+ " and they are not a FIT file");
	}

	private static List<String[]> csvRows(String name) {
		return new String(TestFiles.read(name), StandardCharsets.UTF_8).lines()
				.skip(1)
				.map(line -> line.split(","))
				.toList();
	}

	/** Boxed, so that AssertJ compares NaN (absent) as equal to NaN. */
	private static Double number(String value) {
		return value.equals("null") ? Double.NaN : Double.parseDouble(value);
	}
}
