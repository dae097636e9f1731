package io.runrub.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

class StravaExportReaderTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** Strava's header as it writes it: "Elapsed Time", "Distance" and others appear twice. */
	private static final List<String> HEADER = List.of("Activity ID", "Activity Date", "Activity Name",
			"Activity Type", "Activity Description", "Elapsed Time", "Distance", "Max Heart Rate", "Relative Effort",
			"Commute", "Activity Private Note", "Activity Gear", "Filename", "Athlete Weight", "Bike Weight",
			"Elapsed Time", "Moving Time", "Distance", "Max Speed", "Average Speed", "Elevation Gain",
			"Elevation Loss", "Elevation Low", "Elevation High", "Max Grade", "Average Grade",
			"Average Positive Grade", "Average Negative Grade", "Max Cadence", "Average Cadence", "Max Heart Rate",
			"Average Heart Rate", "Max Watts", "Average Watts", "Calories", "Max Temperature", "Average Temperature",
			"Relative Effort", "Total Work", "Number of Runs", "Uphill Time", "Downhill Time", "Other Time",
			"Perceived Exertion", "Type", "Start Time", "Weighted Average Power", "Power Count",
			"Prefer Perceived Exertion", "Perceived Relative Effort", "Commute", "Total Weight Lifted",
			"From Upload", "Grade Adjusted Distance", "Workout Type", "Media");

	private final RecordingFitReader fit = new RecordingFitReader();

	private final StravaExportReader reader = new StravaExportReader(fit);

	private static String row(Map<String, String> values) {
		String[] cells = new String[HEADER.size()];
		Arrays.fill(cells, "");
		values.forEach((column, value) -> {
			boolean second = column.endsWith("#2");
			String name = second ? column.substring(0, column.length() - 2) : column;
			int index = second ? HEADER.lastIndexOf(name) : HEADER.indexOf(name);
			if (index < 0) {
				throw new IllegalArgumentException(column);
			}
			cells[index] = value.contains(",") || value.contains("\n") ? '"' + value.replace("\"", "\"\"") + '"'
					: value;
		});
		return String.join(",", cells);
	}

	private static Map<String, String> cells(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static String csv(String... rows) {
		return String.join(",", HEADER) + "\n" + String.join("\n", rows) + "\n";
	}

	private static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				if (entry.getValue() != null) {
					zip.write(entry.getValue());
				}
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private byte[] export(String prefix) {
		byte[] broken = Arrays.copyOf(Fixtures.bytes("garmin-run.gpx"), 300);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		// activity files before the CSV: a stream meets them first
		entries.put(prefix + "activities/1001.gpx", Fixtures.bytes("garmin-run.gpx"));
		entries.put(prefix + "activities/1002.tcx.gz", Fixtures.gzip(Fixtures.bytes("garmin-run.tcx")));
		entries.put(prefix + "activities/1003.fit.gz", Fixtures.gzip(RecordingFitReader.CONTENT));
		entries.put(prefix + "activities/1006.gpx", broken);
		entries.put(prefix + "media/", null);
		entries.put(prefix + "media/photo.jpg", new byte[5000]);
		entries.put(prefix + "activities.csv", csv(
				row(cells("Activity ID", "1001", "Activity Date", "Sep 26, 2026, 9:00:00 AM", "Activity Name",
						"Morning Run", "Activity Type", "Run", "Activity Description", "Felt good, legs fresh",
						"Elapsed Time", "121", "Distance", "0.45", "Filename", "activities/1001.gpx",
						"Elapsed Time#2", "121.0", "Distance#2", "450.0")),
				row(cells("Activity ID", "1002", "Activity Date", "Sep 27, 2026, 7:00:00 AM", "Activity Name",
						"Track Tuesday", "Activity Type", "Run", "Filename", "activities/1002.tcx.gz",
						"Workout Type", "3")),
				row(cells("Activity ID", "1003", "Activity Date", "Sep 28, 2026, 6:00:00 AM", "Activity Name",
						"Watch run", "Activity Type", "Run", "Filename", "activities/1003.fit.gz")),
				row(cells("Activity ID", "1004", "Activity Date", "Sep 28, 2026, 5:30:00 PM", "Activity Name",
						"Commute home", "Activity Type", "Ride", "Elapsed Time", "3600", "Distance", "25.0",
						"Elapsed Time#2", "3600.0", "Distance#2", "25000.0", "Elevation Gain", "120.5",
						"Average Heart Rate", "118.0", "Perceived Exertion", "3.0")),
				row(cells("Activity ID", "1005", "Activity Date", "Oct 25, 2026, 12:30:00 AM", "Activity Name",
						"Midnight 10K", "Activity Type", "Run", "Elapsed Time#2", "2400.0", "Distance#2", "10000.0",
						"Workout Type", "1")),
				row(cells("Activity ID", "1006", "Activity Date", "Oct 3, 2026, 8:00:00 AM", "Activity Name",
						"Long one", "Activity Type", "Run", "Filename", "activities/1006.gpx", "Elapsed Time#2",
						"6000.0", "Distance#2", "20000.0")))
			.getBytes(StandardCharsets.UTF_8));
		return zip(entries);
	}

	private Map<String, ImportedSession> byKey(ParsedFile file) {
		Map<String, ImportedSession> sessions = new LinkedHashMap<>();
		file.sessions().forEach(session -> sessions.put(session.sourceKey(), session));
		return sessions;
	}

	@Test
	void eachRowOfTheExportIsACompletedSession() {
		ParsedFile file = reader.read("export_123.zip", export(""), LONDON);

		assertThat(file.sessions()).extracting(ImportedSession::sourceKey)
			.containsExactly("strava:1001", "strava:1002", "strava:1003", "strava:1004", "strava:1005", "strava:1006");
		assertThat(file.sessions()).extracting(ImportedSession::status).containsOnly(SessionStatus.COMPLETED);
		assertThat(file.races()).isEmpty();
	}

	@Test
	void stravasSummaryWinsAndTheGpxFileAddsWhatItLacks() {
		ImportedSession run = byKey(reader.read("export.zip", export(""), LONDON)).get("strava:1001");

		assertThat(run.title()).isEqualTo("Morning Run");
		assertThat(run.notes()).isEqualTo("Felt good, legs fresh");
		assertThat(run.durationSeconds()).isEqualTo(121); // the CSV; the file says 120
		assertThat(run.distanceMeters()).isEqualTo(450.0); // the second Distance, in metres; not 0.45
		assertThat(run.elevationGainMeters()).isEqualTo(8.0); // blank in the CSV: the file's
		assertThat(run.avgHeartRate()).isEqualTo(135); // blank in the CSV: the file's
		assertThat(run.heartRate().size()).isEqualTo(5);
		assertThat(run.date()).isEqualTo(LocalDate.of(2026, 9, 26));
		assertThat(run.startTime()).isEqualTo(LocalTime.of(10, 0));
		assertThat(run.type()).isEqualTo(SessionType.EASY);
		assertThat(run.typeFromSource()).isFalse();
	}

	@Test
	void aGzippedTcxFileIsReadAndAWorkoutTagMakesAQualitySession() {
		ImportedSession workout = byKey(reader.read("export.zip", export(""), LONDON)).get("strava:1002");

		assertThat(workout.type()).isEqualTo(SessionType.INTERVALS);
		assertThat(workout.typeFromSource()).isTrue();
		assertThat(workout.durationSeconds()).isEqualTo(120);
		assertThat(workout.distanceMeters()).isEqualTo(410.0);
		assertThat(workout.avgHeartRate()).isEqualTo(144);
		assertThat(workout.notes()).isEqualTo("Strides in the park");
	}

	@Test
	void aFitFileGoesUnpackedToTheFitReader() {
		ImportedSession watchRun = byKey(reader.read("export.zip", export(""), LONDON)).get("strava:1003");

		assertThat(fit.names).containsExactly("activities/1003.fit");
		assertThat(fit.contents).singleElement().isEqualTo(RecordingFitReader.CONTENT);
		assertThat(watchRun.title()).isEqualTo("Watch run");
		assertThat(watchRun.durationSeconds()).isEqualTo(RecordingFitReader.SESSION.durationSeconds());
		assertThat(watchRun.rpe()).isEqualTo(6);
		assertThat(watchRun.startTime()).isEqualTo(RecordingFitReader.SESSION.startTime());
	}

	@Test
	void anActivityWithoutAFileComesFromTheCsvAlone() {
		ImportedSession ride = byKey(reader.read("export.zip", export(""), LONDON)).get("strava:1004");

		assertThat(ride.type()).isEqualTo(SessionType.CROSS);
		assertThat(ride.typeFromSource()).isTrue();
		assertThat(ride.date()).isEqualTo(LocalDate.of(2026, 9, 28));
		assertThat(ride.startTime()).isEqualTo(LocalTime.of(18, 30)); // 17:30 UTC in BST
		assertThat(ride.durationSeconds()).isEqualTo(3600);
		assertThat(ride.distanceMeters()).isEqualTo(25_000.0);
		assertThat(ride.elevationGainMeters()).isEqualTo(120.5);
		assertThat(ride.avgHeartRate()).isEqualTo(118);
		assertThat(ride.rpe()).isEqualTo(3);
		assertThat(ride.heartRate()).isNull();
	}

	@Test
	void aRaceTagMakesARaceAndTheUtcDateMovesIntoTheRunnersDay() {
		ImportedSession race = byKey(reader.read("export.zip", export(""), LONDON)).get("strava:1005");

		assertThat(race.type()).isEqualTo(SessionType.RACE);
		// 00:30 UTC on 25 October, half an hour before the clocks go back: 01:30 BST
		assertThat(race.date()).isEqualTo(LocalDate.of(2026, 10, 25));
		assertThat(race.startTime()).isEqualTo(LocalTime.of(1, 30));
	}

	@Test
	void aFileThatCannotBeReadLeavesTheRowToTheCsv() {
		ImportedSession longRun = byKey(reader.read("export.zip", export(""), LONDON)).get("strava:1006");

		assertThat(longRun.startTime()).isEqualTo(LocalTime.of(9, 0));
		assertThat(longRun.durationSeconds()).isEqualTo(6000);
		assertThat(longRun.type()).isEqualTo(SessionType.LONG);
		assertThat(longRun.typeFromSource()).isFalse();
	}

	@Test
	void anExportInsideAFolderOfTheZipReadsTheSame() {
		assertThat(reader.read("export.zip", export("export_123/"), LONDON).sessions()).hasSize(6)
			.filteredOn(session -> session.heartRate() != null)
			.hasSize(2);
	}

	@Test
	void theExportCanBeReadFromAStream() {
		ParsedFile file = reader.read(new java.io.ByteArrayInputStream(export("")), LONDON);

		assertThat(file.sessions()).hasSize(6);
	}

	@Test
	void rejectsAZipWithoutActivitiesCsv() {
		byte[] zip = zip(Map.of("activities/1001.gpx", Fixtures.bytes("garmin-run.gpx")));

		assertThatThrownBy(() -> reader.read("photos.zip", zip, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This zip is not a Strava export: it has no activities.csv."));
	}

	@Test
	void rejectsSomethingThatIsNotAZipAndAZipThatBreaksOff() {
		byte[] export = export("");

		assertThatThrownBy(() -> reader.read("export.zip", Fixtures.bytes("garmin-run.gpx"), LONDON))
			.isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This file is not a zip file, or the zip is empty."));
		for (int length : new int[] { export.length / 2, export.length - 30 }) {
			assertThatThrownBy(() -> reader.read("export.zip", Arrays.copyOf(export, length), LONDON))
				.isInstanceOf(ImportRejected.class)
				.satisfies(RunnerWords.says("This zip file is incomplete: it ends too early. Please download it again."));
		}
	}

	@Test
	void rejectsAZipBombEntryWhileInflatingIt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("activities/1.gpx"));
			byte[] zeros = new byte[64 * 1024];
			for (int i = 0; i < 200 * 16; i++) { // 200 MB, never held at once
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(out.size()).isLessThan(1024 * 1024);

		// under 1 MB that unpacks past 64 MB is more than 100 times its size: refused long before 200 MB
		assertThatThrownBy(() -> reader.read("bomb.zip", out.toByteArray(), LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This zip unpacks to more than 100 times its size, which Strava exports never do; it looks like a zip bomb."));
		// read as a stream (size unknown) the per-file limit still holds
		assertThatThrownBy(() -> reader.read(new java.io.ByteArrayInputStream(out.toByteArray()), LONDON))
			.isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("The file activities/1.gpx in this zip unpacks to more than 100 MB, more than any training file needs."));
	}

	@Test
	void countsEveryEntryTowardsTheTotalEvenThoseItSkips() {
		StravaExportReader oneMegabyte = new StravaExportReader(fit, 100, 1024 * 1024, 100 * 1024 * 1024);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			entries.put("media/" + i + ".jpg", new byte[400 * 1024]);
		}
		entries.put("activities.csv", csv().getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> oneMegabyte.read("export.zip", zip(entries), LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This zip unpacks to more than 1 MB in all, more than RunRub reads."));
	}

	@Test
	void rejectsAZipWithTooManyEntries() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i <= StravaExportReader.MAX_ENTRIES; i++) {
			entries.put("media/" + i, new byte[0]);
		}

		assertThatThrownBy(() -> reader.read("export.zip", zip(entries), LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This zip holds more than 20,000 files, more than a Strava export does."));
	}

	@Test
	void rejectsAnExportWithNoReadableActivities() {
		byte[] noRows = zip(Map.of("activities.csv", csv().getBytes(StandardCharsets.UTF_8)));
		byte[] badDate = zip(Map.of("activities.csv",
				csv(row(cells("Activity ID", "9", "Activity Date", "someday"))).getBytes(StandardCharsets.UTF_8)));

		assertThatThrownBy(() -> reader.read("export.zip", noRows, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("This Strava export lists no activities."));
		assertThatThrownBy(() -> reader.read("export.zip", badDate, LONDON)).isInstanceOf(ImportRejected.class)
			.satisfies(RunnerWords.says("None of the activities in this Strava export could be read."))
			.hasMessageContaining("activity 9 has an unreadable date 'someday'");
	}

	@Test
	void readsTranslatedHeadersByStravasColumnOrder() {
		List<String> translated = new ArrayList<>(HEADER);
		translated.set(0, "Aktivitäts-ID");
		translated.set(1, "Aktivitätsdatum");
		String csv = String.join(",", translated) + "\n"
				+ row(cells("Activity ID", "77", "Activity Date", "Sep 26, 2026, 9:00:00 AM", "Activity Type", "Run",
						"Elapsed Time#2", "1800.0", "Distance#2", "5000.0"))
				+ "\n";

		ImportedSession run = reader.read("export.zip", zip(Map.of("activities.csv", csv.getBytes(StandardCharsets.UTF_8))),
				LONDON)
			.sessions()
			.get(0);

		assertThat(run.sourceKey()).isEqualTo("strava:77");
		assertThat(run.durationSeconds()).isEqualTo(1800);
		assertThat(run.distanceMeters()).isEqualTo(5000.0);
	}

	@Test
	void readsWorkoutTypesByNumberOrName() {
		assertThat(StravaExportReader.workoutType("1")).isEqualTo(SessionType.RACE);
		assertThat(StravaExportReader.workoutType("11.0")).isEqualTo(SessionType.RACE);
		assertThat(StravaExportReader.workoutType("2")).isEqualTo(SessionType.LONG);
		assertThat(StravaExportReader.workoutType("Workout")).isEqualTo(SessionType.INTERVALS);
		assertThat(StravaExportReader.workoutType("0")).isNull();
		assertThat(StravaExportReader.workoutType("10")).isNull();
	}

	/** Stands in for the FIT reader: remembers what it was given and returns one session. */
	static final class RecordingFitReader implements TrainingFileReader {

		static final byte[] CONTENT = "not really FIT, but only the FIT reader needs to know".getBytes(StandardCharsets.UTF_8);

		static final ImportedSession SESSION = new ImportedSession("fit:1:2", LocalDate.of(2026, 9, 28),
				LocalTime.of(7, 0, 5), SessionType.EASY, false, SessionStatus.COMPLETED, "Run", 2400, 6000.0, 30.0, 140,
				6, null, null);

		final List<String> names = new ArrayList<>();

		final List<byte[]> contents = new ArrayList<>();

		@Override
		public boolean accepts(String fileName) {
			return fileName.endsWith(".fit");
		}

		@Override
		public ParsedFile read(String fileName, byte[] content, ZoneId zone) {
			names.add(fileName);
			contents.add(content);
			return ParsedFile.of(List.of(SESSION));
		}

	}

}
