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

class TcxReaderTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final TcxReader reader = new TcxReader();

	@Test
	void readsEachActivityOfAGarminFile() {
		ParsedFile file = reader.read("activity.tcx", Fixtures.bytes("garmin-run.tcx"), LONDON);

		assertThat(file.sessions()).hasSize(2);
		assertThat(file.races()).isEmpty();
	}

	@Test
	void aRunTakesItsDistanceFromTheLapsAndEverythingElseFromTheTrackpoints() {
		ImportedSession run = reader.read("activity.tcx", Fixtures.bytes("garmin-run.tcx"), LONDON).sessions().get(0);

		assertThat(run.sourceKey()).isEqualTo("tcx:2026-09-27T07:00:00Z");
		assertThat(run.date()).isEqualTo(LocalDate.of(2026, 9, 27));
		assertThat(run.startTime()).isEqualTo(LocalTime.of(8, 0));
		assertThat(run.status()).isEqualTo(SessionStatus.COMPLETED);
		assertThat(run.type()).isEqualTo(SessionType.EASY);
		assertThat(run.typeFromSource()).isFalse();
		assertThat(run.title()).isEqualTo("Run");
		assertThat(run.notes()).isEqualTo("Strides in the park");
		assertThat(run.durationSeconds()).isEqualTo(120);
		// laps 200 + 210; the last trackpoint says 409
		assertThat(run.distanceMeters()).isEqualTo(410.0);
		// 20 → 21 (noise) → 25 (+5) → 22 (−3, not beyond the hysteresis) → 30 (+5); a naive sum says 13
		assertThat(run.elevationGainMeters()).isCloseTo(10.0, within(1e-9));
		// (130 + 140 + 150 + 155) × 30 s / 120 s = 143.75; the laps would say 147.5, the plain mean 147
		assertThat(run.avgHeartRate()).isEqualTo(144);
		assertThat(run.heartRate().elapsedSeconds()).containsExactly(0, 30, 60, 90, 120);
	}

	@Test
	void aRideWithoutTrackpointsLastsAsLongAsItsLaps() {
		ImportedSession ride = reader.read("activity.tcx", Fixtures.bytes("garmin-run.tcx"), LONDON).sessions().get(1);

		assertThat(ride.sourceKey()).isEqualTo("tcx:2026-09-27T16:00:00Z");
		assertThat(ride.startTime()).isEqualTo(LocalTime.of(17, 0));
		assertThat(ride.type()).isEqualTo(SessionType.CROSS);
		assertThat(ride.typeFromSource()).isTrue();
		assertThat(ride.title()).isEqualTo("Ride");
		assertThat(ride.durationSeconds()).isEqualTo(3600);
		assertThat(ride.distanceMeters()).isEqualTo(25000.0);
		assertThat(ride.avgHeartRate()).isEqualTo(120);
		assertThat(ride.heartRate()).isNull();
		assertThat(ride.elevationGainMeters()).isNull();
	}

	@Test
	void measuresARunAcrossTheAutumnClockChangeInElapsedTime() {
		ImportedSession run = reader.read("long.tcx", Fixtures.bytes("clocks-back-long-run.tcx"), LONDON)
			.sessions()
			.get(0);

		assertThat(run.sourceKey()).isEqualTo("tcx:2026-10-25T00:15:00.000Z");
		assertThat(run.date()).isEqualTo(LocalDate.of(2026, 10, 25));
		assertThat(run.startTime()).isEqualTo(LocalTime.of(1, 15)); // BST, and the clock reads 01:45 GMT at the end
		assertThat(run.durationSeconds()).isEqualTo(90 * 60);
		assertThat(run.type()).isEqualTo(SessionType.LONG);
		assertThat(run.distanceMeters()).isEqualTo(16093.4); // no lap distance: the trackpoints' own
	}

	@Test
	void readsStravasTcxWithSpacesBeforeTheXmlDeclaration() {
		byte[] tcx = Fixtures.bytes("garmin-run.tcx");
		byte[] padded = new byte[tcx.length + 10];
		java.util.Arrays.fill(padded, 0, 10, (byte) ' ');
		System.arraycopy(tcx, 0, padded, 10, tcx.length);

		assertThat(reader.read("123.tcx", padded, LONDON).sessions()).hasSize(2);
	}

	@Test
	void readsAGzippedTcxFile() {
		assertThat(reader.read("123.tcx.gz", Fixtures.gzip(Fixtures.bytes("garmin-run.tcx")), LONDON).sessions())
			.hasSize(2);
	}

	@Test
	void anOtherSportIsAGuessedCrossSession() {
		byte[] other = """
				<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>
				  <Activity Sport="Other"><Id>2026-09-27T07:00:00Z</Id>
				    <Lap StartTime="2026-09-27T07:00:00Z"><TotalTimeSeconds>1800</TotalTimeSeconds></Lap></Activity>
				</Activities></TrainingCenterDatabase>
				""".getBytes(StandardCharsets.UTF_8);

		ImportedSession session = reader.read("other.tcx", other, LONDON).sessions().get(0);

		assertThat(session.type()).isEqualTo(SessionType.CROSS);
		assertThat(session.typeFromSource()).isFalse();
		assertThat(session.durationSeconds()).isEqualTo(1800);
		assertThat(session.distanceMeters()).isNull();
	}

	@Test
	void rejectsACourseFileThatHoldsNoActivities() {
		byte[] course = """
				<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
				  <Courses><Course><Name>Loop</Name></Course></Courses>
				</TrainingCenterDatabase>
				""".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.read("course.tcx", course, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysContaining("holds no activities"));
	}

	@Test
	void rejectsAnActivityWithoutAnyTime() {
		byte[] untimed = """
				<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>
				  <Activity Sport="Running"><Id>not a time</Id><Lap><TotalTimeSeconds>60</TotalTimeSeconds></Lap></Activity>
				</Activities></TrainingCenterDatabase>
				""".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.read("untimed.tcx", untimed, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysContaining("no timed track points"));
	}

	@Test
	void rejectsTruncatedXmlAndADoctype() {
		byte[] tcx = Fixtures.bytes("garmin-run.tcx");
		byte[] truncated = java.util.Arrays.copyOf(tcx, tcx.length - 200);
		byte[] doctype = new String(tcx, StandardCharsets.UTF_8)
			.replace("<TrainingCenterDatabase ", "<!DOCTYPE TrainingCenterDatabase><TrainingCenterDatabase ")
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.read("cut.tcx", truncated, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.saysStartingWith("This TCX file is incomplete or damaged"));
		assertThatThrownBy(() -> reader.read("doctype.tcx", doctype, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.hasCode(SafeXml.DOCTYPE_REFUSED));
	}

	@Test
	void rejectsAGpxFileAsNotTcx() {
		assertThatThrownBy(() -> reader.read("run.tcx", Fixtures.bytes("garmin-run.gpx"), LONDON))
			.isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is not a TCX (Training Center) file."));
	}

}
