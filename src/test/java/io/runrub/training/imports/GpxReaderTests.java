package io.runrub.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

class GpxReaderTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** 0.001° of latitude on the mean-radius sphere: 6,371,008.8 m × 0.001 × π / 180. */
	private static final double THOUSANDTH_DEGREE_METERS = 111.19508;

	private final GpxReader reader = new GpxReader();

	@Test
	void readsAGarminRunWithHeartRate() {
		ParsedFile file = reader.read("Morning_Run.gpx", Fixtures.bytes("garmin-run.gpx"), LONDON);

		assertThat(file.sessions()).singleElement().satisfies(run -> {
			assertThat(run.sourceKey()).isEqualTo("gpx:2026-09-26T09:00:00Z");
			assertThat(run.date()).isEqualTo(LocalDate.of(2026, 9, 26));
			assertThat(run.startTime()).isEqualTo(LocalTime.of(10, 0)); // BST
			assertThat(run.status()).isEqualTo(SessionStatus.COMPLETED);
			assertThat(run.type()).isEqualTo(SessionType.EASY);
			assertThat(run.typeFromSource()).isFalse();
			assertThat(run.title()).isEqualTo("Morning Run");
			assertThat(run.notes()).isEqualTo("Felt good");
			assertThat(run.durationSeconds()).isEqualTo(120);
			assertThat(run.distanceMeters()).isCloseTo(4 * THOUSANDTH_DEGREE_METERS, within(0.01));
			// 10 → 12 (+2, noise) → 14.5 (+4.5 counted) → 13 (−1.5, noise) → 18 (+3.5 counted); a naive sum says 9.5
			assertThat(run.elevationGainMeters()).isCloseTo(8.0, within(1e-9));
			// 120, 130, 140, 150 each held 30 s over 120 s; the plain mean of the five samples would be 140
			assertThat(run.avgHeartRate()).isEqualTo(135);
			assertThat(run.heartRate().elapsedSeconds()).containsExactly(0, 30, 60, 90, 120);
			assertThat(run.heartRate().bpm()).containsExactly((short) 120, (short) 130, (short) 140, (short) 150,
					(short) 160);
			assertThat(run.rpe()).isNull();
		});
		assertThat(file.races()).isEmpty();
	}

	@Test
	void readsAGzippedGpxFileTheSameWay() {
		byte[] gzipped = Fixtures.gzip(Fixtures.bytes("garmin-run.gpx"));

		ParsedFile file = reader.read("Morning_Run.gpx.gz", gzipped, LONDON);

		assertThat(file.sessions()).singleElement()
			.satisfies(run -> assertThat(run.sourceKey()).isEqualTo("gpx:2026-09-26T09:00:00Z"));
	}

	@Test
	void measuresARunAcrossTheSpringClockChangeInElapsedTimeAndCallsItLong() {
		ParsedFile file = reader.read("long.gpx", Fixtures.bytes("spring-forward-long-run.gpx"), LONDON);

		assertThat(file.sessions()).singleElement().satisfies(run -> {
			assertThat(run.date()).isEqualTo(LocalDate.of(2026, 3, 29));
			assertThat(run.startTime()).isEqualTo(LocalTime.of(0, 30)); // still GMT
			// 00:30 GMT to 03:00 BST on the wall clock, but 90 minutes of running
			assertThat(run.durationSeconds()).isEqualTo(90 * 60);
			assertThat(run.type()).isEqualTo(SessionType.LONG);
			assertThat(run.typeFromSource()).isFalse();
			assertThat(run.title()).isEqualTo("Run");
			// 0.01° in each segment; the jump between segments is a gap, not running
			assertThat(run.distanceMeters()).isCloseTo(20 * THOUSANDTH_DEGREE_METERS, within(0.01));
			assertThat(run.elevationGainMeters()).isNull();
			assertThat(run.heartRate()).isNull();
			assertThat(run.avgHeartRate()).isNull();
		});
	}

	@Test
	void takesTheDateInTheRunnersZone() {
		byte[] lateRun = gpx("running", "2026-10-24T23:30:00Z", "2026-10-24T23:50:00Z");

		ImportedSession run = reader.read("late.gpx", lateRun, LONDON).sessions().get(0);

		assertThat(run.date()).isEqualTo(LocalDate.of(2026, 10, 25));
		assertThat(run.startTime()).isEqualTo(LocalTime.of(0, 30));
		assertThat(reader.read("late.gpx", lateRun, ZoneId.of("UTC")).sessions().get(0).date())
			.isEqualTo(LocalDate.of(2026, 10, 24));
	}

	@Test
	void aRideIsCrossTrainingAsTheFileSays() {
		ImportedSession ride = reader.read("ride.gpx", gpx("cycling", "2026-09-26T09:00:00Z", "2026-09-26T11:00:00Z"),
				LONDON)
			.sessions()
			.get(0);

		assertThat(ride.type()).isEqualTo(SessionType.CROSS);
		assertThat(ride.typeFromSource()).isTrue();
	}

	@Test
	void stravasNumericRunTypeIsARun() {
		ImportedSession run = reader.read("strava.gpx", gpx("9", "2026-09-26T09:00:00Z", "2026-09-26T09:30:00Z"),
				LONDON)
			.sessions()
			.get(0);

		assertThat(run.type()).isEqualTo(SessionType.EASY);
	}

	@Test
	void eachTrackIsASession() {
		String twoTracks = """
				<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
				  <trk><name>Warm-up</name><trkseg><trkpt lat="51.5" lon="-0.1"><time>2026-09-26T09:00:00Z</time></trkpt></trkseg></trk>
				  <trk><name>Race</name><trkseg><trkpt lat="51.5" lon="-0.1"><time>2026-09-26T10:00:00Z</time></trkpt></trkseg></trk>
				</gpx>
				""";

		ParsedFile file = reader.read("two.gpx", twoTracks.getBytes(StandardCharsets.UTF_8), LONDON);

		assertThat(file.sessions()).extracting(ImportedSession::sourceKey)
			.containsExactly("gpx:2026-09-26T09:00:00Z", "gpx:2026-09-26T10:00:00Z");
	}

	@Test
	void rejectsAGpxFileWithoutTimedTrackPoints() {
		byte[] route = """
				<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
				  <trk><name>Planned route</name><trkseg><trkpt lat="51.5" lon="-0.1"/><trkpt lat="51.6" lon="-0.1"/></trkseg></trk>
				</gpx>
				""".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.read("route.gpx", route, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysContaining("has no timed track points"));
	}

	@Test
	void rejectsOtherXmlAsNotGpx() {
		assertThatThrownBy(() -> reader.read("run.gpx", Fixtures.bytes("garmin-run.tcx"), LONDON))
			.isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is not a GPX file."));
	}

	@Test
	void acceptsGpxAndGzippedGpxNames() {
		assertThat(reader.accepts("Morning_Run.GPX")).isTrue();
		assertThat(reader.accepts("123.gpx.gz")).isTrue();
		assertThat(reader.accepts("123.tcx")).isFalse();
		assertThat(reader.accepts("gpx")).isFalse();
	}

	private static byte[] gpx(String type, String start, String end) {
		return """
				<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
				  <trk><type>%s</type><trkseg>
				    <trkpt lat="51.5" lon="-0.1"><time>%s</time></trkpt>
				    <trkpt lat="51.6" lon="-0.1"><time>%s</time></trkpt>
				  </trkseg></trk>
				</gpx>
				""".formatted(type, start, end).getBytes(StandardCharsets.UTF_8);
	}

}
