package io.runrub.training.imports;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

/**
 * Reads a Strava bulk export ({@code .zip}): {@code activities.csv} lists every activity, and most rows name the
 * activity's own file ({@code activities/123.fit.gz}, {@code .gpx}, {@code .gpx.gz}, {@code .tcx.gz}). Each row
 * becomes one completed session keyed {@code strava:<Activity ID>}:
 * <ul>
 * <li>Strava's summary wins: elapsed time, distance, climb, average heart rate and perceived exertion come from the
 * CSV when it has them, because they are the numbers the runner saw in Strava. The activity file adds what the CSV
 * lacks: the exact start, the heart-rate trace, and any value the CSV leaves blank. GPX and TCX files are read here;
 * FIT files go to the FIT reader given to the constructor. A file that cannot be read leaves the row to the CSV.</li>
 * <li>Type: Strava's "Workout Type" when present (race → RACE, long run → LONG, workout → INTERVALS, as
 * "workout" is how Strava runners tag quality sessions); else a non-running "Activity Type" is CROSS; else a run is
 * LONG from 90 minutes and EASY below, as a guess.</li>
 * <li>Columns repeat: "Distance" is first in the runner's display unit (km or miles, metres for swims) and then in
 * metres, "Elapsed Time" twice in seconds. The metres are taken only from the second "Distance"; without it the
 * unit is unknown and the distance is left out. Headers are found by their English names; an export whose headers
 * are in another language is read by Strava's fixed column order. "Activity Date" is UTC.</li>
 * <li>A row without a readable date or file is skipped; a file where no row can be read is rejected.</li>
 * </ul>
 * The archive is read as a stream and never trusted: at most 20,000 entries, 1 GB unpacked in total and 100 MB per
 * entry, all counted while inflating rather than taken from the headers. Nothing is written to disk.
 */
public final class StravaExportReader implements TrainingFileReader {

	static final int MAX_ENTRIES = 20_000;

	static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

	private static final String INCOMPLETE = "zip-incomplete";

	/** Room for a zip's central directory, which lists every entry: about 100 bytes each. */
	private static final long MAX_DIRECTORY_BYTES = 64L * 1024 * 1024;

	private static final String NOT_AN_EXPORT = "zip-not-export";

	private static final DateTimeFormatter STRAVA_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("MMM d, yyyy, h:mm:ss a")
		.toFormatter(Locale.ENGLISH);

	private static final DateTimeFormatter ISO_LIKE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final TrainingFileReader fitReader;

	private final GpxReader gpxReader;

	private final TcxReader tcxReader;

	private final BoundedInput input;

	private final int maxEntries;

	private final long maxTotalBytes;

	private final long maxEntryBytes;

	/** @param fitReader reads the FIT files in the export (Strava keeps most activities as {@code .fit.gz}) */
	public StravaExportReader(TrainingFileReader fitReader) {
		this(fitReader, MAX_ENTRIES, MAX_TOTAL_BYTES, BoundedInput.MAX_EXPANDED_BYTES);
	}

	StravaExportReader(TrainingFileReader fitReader, int maxEntries, long maxTotalBytes, long maxEntryBytes) {
		this.fitReader = fitReader;
		this.input = new BoundedInput(maxEntryBytes, BoundedInput.MAX_EXPANSION_RATIO);
		this.gpxReader = new GpxReader();
		this.tcxReader = new TcxReader();
		this.maxEntries = maxEntries;
		this.maxTotalBytes = maxTotalBytes;
		this.maxEntryBytes = maxEntryBytes;
	}

	@Override
	public boolean accepts(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	/** Exports run to gigabytes, so the upload limit for single files does not apply; see {@link #read(InputStream, ZoneId)}. */
	@Override
	public ParsedFile read(String fileName, byte[] content, ZoneId zone) {
		// what a zip may unpack to is bounded by its own size too: a real export is mostly already compressed files
		long byRatio = Math.max(RATIO_FREE_BYTES, (long) content.length * BoundedInput.MAX_EXPANSION_RATIO);
		return read(new ByteArrayInputStream(content), zone, Math.min(maxTotalBytes, byRatio));
	}

	/** Streams the export from where the upload waits: an export is never held in memory whole. */
	@Override
	public ParsedFile read(String fileName, InputStream content, long size, long maxBytes, ZoneId zone) {
		long byRatio = Math.max(RATIO_FREE_BYTES, size * BoundedInput.MAX_EXPANSION_RATIO);
		return read(content, zone, Math.min(maxTotalBytes, byRatio));
	}

	/** Unpacked, a zip may be up to this large whatever its own size. */
	static final long RATIO_FREE_BYTES = 64L * 1024 * 1024;

	/**
	 * Reads an export as a stream, so that the caller can pass a large upload from disk instead of from memory. The
	 * caller closes the stream.
	 */
	public ParsedFile read(InputStream zip, ZoneId zone) {
		return read(zip, zone, maxTotalBytes);
	}

	private ParsedFile read(InputStream zip, ZoneId zone, long totalLimit) {
		Export export = unpack(zip, zone, totalLimit);
		if (export.csv() == null) {
			throw ImportRejected.because(export.entries() == 0 ? "zip-not-zip" : NOT_AN_EXPORT);
		}
		return sessions(export, zone);
	}

	/** Reads the archive once: the CSV kept as bytes, activity files read as they pass (they may come first). */
	private Export unpack(InputStream in, ZoneId zone, long totalLimit) {
		byte[] csv = null;
		String csvPath = null;
		Map<String, ImportedSession> files = new HashMap<>();
		int entries = 0;
		long total = 0;
		TailKeepingStream source = new TailKeepingStream(in);
		ZipInputStream zip = new ZipInputStream(source);
		try {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				entries++;
				if (entries > maxEntries) {
					throw ImportRejected.because("zip-too-many-files", maxEntries);
				}
				if (entry.isDirectory()) {
					continue;
				}
				String name = entry.getName().replace('\\', '/');
				long limit = Math.min(maxEntryBytes, totalLimit - total);
				try {
					if (isActivitiesCsv(name) && (csvPath == null || depth(name) < depth(csvPath))) {
						csv = BoundedInput.readAtMost(zip, limit);
						csvPath = name;
						total += csv.length;
					}
					else if (activityFileKind(name) != null) {
						byte[] file = BoundedInput.readAtMost(zip, limit);
						total += file.length;
						ImportedSession session = activityFile(name, file, zone);
						if (session != null) {
							files.put(name, session);
						}
					}
					else {
						total += BoundedInput.skipAtMost(zip, limit);
					}
				}
				catch (BoundedInput.TooLarge ex) {
					if (limit < maxEntryBytes && totalLimit < maxTotalBytes) {
						throw ImportRejected.because(ex, "zip-bomb", BoundedInput.MAX_EXPANSION_RATIO);
					}
					if (limit < maxEntryBytes) {
						throw ImportRejected.because(ex, "zip-too-large", maxTotalBytes / (1024 * 1024));
					}
					throw ImportRejected.because(ex, "zip-entry-too-large", name, maxEntryBytes / (1024 * 1024));
				}
			}
			// A zip cut off between two entries reads like a shorter zip; only its missing directory gives it away.
			if (entries > 0 && !source.endsWithCentralDirectory()) {
				throw ImportRejected.because(INCOMPLETE);
			}
		}
		catch (EOFException ex) {
			throw ImportRejected.because(ex, INCOMPLETE);
		}
		catch (ZipException ex) {
			throw ImportRejected.because(ex, "zip-damaged");
		}
		catch (IOException ex) {
			throw ImportRejected.because(ex, "zip-unreadable");
		}
		String directory = csvPath == null ? "" : csvPath.substring(0, csvPath.length() - "activities.csv".length());
		return new Export(csv, directory, files, entries);
	}

	/** The first session in an activity file, or null when the file cannot be read (the CSV row then stands alone). */
	private ImportedSession activityFile(String name, byte[] content, ZoneId zone) {
		try {
			String kind = activityFileKind(name);
			boolean gzipped = BoundedInput.isGzipName(name);
			byte[] plain = gzipped ? input.gunzip(content) : content;
			ParsedFile parsed = switch (kind) {
				case "gpx" -> gpxReader.readDocument(plain, zone);
				case "tcx" -> tcxReader.readDocument(plain, zone);
				default -> {
					String fitName = gzipped ? name.substring(0, name.length() - 3) : name;
					yield fitReader.accepts(fitName) ? fitReader.read(fitName, plain, zone) : null;
				}
			};
			return parsed == null || parsed.sessions().isEmpty() ? null : parsed.sessions().get(0);
		}
		catch (ImportRejected ex) {
			return null;
		}
	}

	private ParsedFile sessions(Export export, ZoneId zone) {
		String text = new String(export.csv(), StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<ImportedSession> sessions = new ArrayList<>();
		int rows = 0;
		String firstProblem = null;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
			Columns columns = null;
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = Columns.of(record);
					continue;
				}
				rows++;
				if (rows > maxEntries) {
					throw ImportRejected.because("strava-too-many-activities", maxEntries);
				}
				Row row = new Row(record, columns);
				String id = row.text(columns.id());
				if (id == null) {
					firstProblem = firstProblem != null ? firstProblem : "a row has no Activity ID";
					continue;
				}
				ImportedSession file = export.file(row.text(columns.filename()));
				ZonedDateTime started = row.date(columns.date(), zone);
				if (file == null && started == null) {
					firstProblem = firstProblem != null ? firstProblem
							: "activity %s has an unreadable date '%s'".formatted(id, row.text(columns.date()));
					continue;
				}
				sessions.add(session(id, row, columns, file, started));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw ImportRejected.because(ex, "strava-csv-damaged");
		}
		if (rows == 0) {
			throw ImportRejected.because("strava-no-activities");
		}
		if (sessions.isEmpty()) {
			// the first problem is the technical detail: it names a row, in the words of the file
			throw ImportRejected.because(new IllegalArgumentException(firstProblem), "strava-none-readable");
		}
		return ParsedFile.of(sessions);
	}

	private static ImportedSession session(String id, Row row, Columns columns, ImportedSession file,
			ZonedDateTime started) {
		Integer duration = firstOf(row.wholeNumber(columns.elapsedTime()), file == null ? null : file.durationSeconds());
		Double distance = firstOf(row.number(columns.distanceMeters()), file == null ? null : file.distanceMeters());
		Double climb = firstOf(row.number(columns.elevationGain()), file == null ? null : file.elevationGainMeters());
		Integer heartRate = firstOf(row.wholeNumber(columns.averageHeartRate()),
				file == null ? null : file.avgHeartRate());
		Integer rpe = row.wholeNumber(columns.perceivedExertion());
		if (rpe == null || rpe < 0 || rpe > 10) {
			rpe = file == null ? null : file.rpe();
		}

		SessionType type;
		boolean typeFromSource;
		SessionType tagged = workoutType(row.text(columns.workoutType()));
		String activityType = row.text(columns.activityType());
		if (tagged != null) {
			type = tagged;
			typeFromSource = true;
		}
		else if (activityType != null && !activityType.toLowerCase(Locale.ROOT).contains("run")) {
			type = SessionType.CROSS;
			typeFromSource = true;
		}
		else if (activityType == null && file != null) {
			type = file.type();
			typeFromSource = file.typeFromSource();
		}
		else {
			type = RecordedTrack.runType(duration);
			typeFromSource = false;
		}

		String title = SessionText.title(row.text(columns.name()),
				file != null ? file.title() : type == SessionType.CROSS ? "Cross-training" : "Run");
		String notes = SessionText.notes(row.text(columns.description()));
		if (notes == null && file != null) {
			notes = file.notes();
		}
		return new ImportedSession("strava:" + id, file != null ? file.date() : started.toLocalDate(),
				file != null ? file.startTime() : started.toLocalTime().truncatedTo(ChronoUnit.SECONDS), type,
				typeFromSource, SessionStatus.COMPLETED, title, duration, distance, climb, heartRate, rpe, notes,
				file == null ? null : file.heartRate());
	}

	/**
	 * Strava's workout type, as its number or its name: 1 and 11 are races (run, ride), 2 a long run, 3 and 12
	 * workouts; 0 and 10 are the defaults and say nothing.
	 */
	static SessionType workoutType(String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT).replaceAll("\\.0+$", "")) {
			case "1", "11", "race" -> SessionType.RACE;
			case "2", "long run" -> SessionType.LONG;
			case "3", "12", "workout" -> SessionType.INTERVALS;
			default -> null;
		};
	}

	private static <T> T firstOf(T preferred, T otherwise) {
		return preferred != null ? preferred : otherwise;
	}

	private static boolean isActivitiesCsv(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.equals("activities.csv") || lower.endsWith("/activities.csv");
	}

	private static int depth(String name) {
		return (int) name.chars().filter(c -> c == '/').count();
	}

	/** "gpx", "tcx" or "fit" for a file the export may name, else null. */
	private static String activityFileKind(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".gz")) {
			lower = lower.substring(0, lower.length() - 3);
		}
		if (lower.endsWith(".gpx")) {
			return "gpx";
		}
		if (lower.endsWith(".tcx")) {
			return "tcx";
		}
		return lower.endsWith(".fit") ? "fit" : null;
	}

	/**
	 * Remembers the last bytes read, so that once the entries are read the end of the archive can be checked for the
	 * end-of-central-directory record every complete zip finishes with.
	 */
	private static final class TailKeepingStream extends FilterInputStream {

		/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
		private static final int TAIL = 22 + 65_535;

		private final byte[] ring = new byte[TAIL];

		private long count;

		TailKeepingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				ring[(int) (count++ % TAIL)] = (byte) b;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			for (int i = 0; i < n; i++) {
				ring[(int) (count++ % TAIL)] = buffer[offset + i];
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			return readAway(n);
		}

		private long readAway(long n) throws IOException {
			byte[] buffer = new byte[8192];
			long skipped = 0;
			while (skipped < n) {
				int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
				if (read < 0) {
					break;
				}
				skipped += read;
			}
			return skipped;
		}

		/** Reads what the zip reader left (the central directory) and looks for the end record in the last bytes. */
		boolean endsWithCentralDirectory() throws IOException {
			try {
				BoundedInput.skipAtMost(this, MAX_DIRECTORY_BYTES);
			}
			catch (BoundedInput.TooLarge ex) {
				return false;
			}
			int size = (int) Math.min(count, TAIL);
			byte[] tail = new byte[size];
			for (int i = 0; i < size; i++) {
				tail[i] = ring[(int) ((count - size + i) % TAIL)];
			}
			for (int i = size - 22; i >= 0; i--) {
				if (tail[i] == 0x50 && tail[i + 1] == 0x4b && tail[i + 2] == 0x05 && tail[i + 3] == 0x06) {
					return true;
				}
			}
			return false;
		}

	}

	/** What the archive held: the CSV, the directory it sits in, and the sessions read from activity files. */
	private record Export(byte[] csv, String directory, Map<String, ImportedSession> files, int entries) {

		ImportedSession file(String filename) {
			return filename == null ? null : files.get(directory + filename.replace('\\', '/'));
		}

	}

	/**
	 * Where each value sits in activities.csv; -1 when the export has no such column. Repeated headers are found by
	 * their first or last occurrence.
	 */
	private record Columns(int id, int date, int name, int activityType, int description, int filename,
			int elapsedTime, int distanceMeters, int elevationGain, int averageHeartRate, int perceivedExertion,
			int workoutType) {

		/** Strava's column order, which stays the same when the headers are translated. */
		private static final int STRAVA_ORDER_COLUMNS = 32;

		static Columns of(CSVRecord header) {
			Map<String, Integer> first = new HashMap<>();
			Map<String, Integer> last = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i).strip().toLowerCase(Locale.ROOT);
				first.putIfAbsent(name, i);
				last.put(name, i);
			}
			if (first.containsKey("activity id")) {
				int distance = first.getOrDefault("distance", -1) < last.getOrDefault("distance", -1)
						? last.get("distance") : -1;
				return new Columns(first.get("activity id"), first.getOrDefault("activity date", -1),
						first.getOrDefault("activity name", -1), first.getOrDefault("activity type", -1),
						first.getOrDefault("activity description", -1), first.getOrDefault("filename", -1),
						last.getOrDefault("elapsed time", -1), distance, first.getOrDefault("elevation gain", -1),
						first.getOrDefault("average heart rate", -1), first.getOrDefault("perceived exertion", -1),
						first.getOrDefault("workout type", -1));
			}
			if (header.size() >= STRAVA_ORDER_COLUMNS) {
				return new Columns(0, 1, 2, 3, 4, 12, 15, 17, 20, 31, -1, -1);
			}
			throw ImportRejected.because("strava-csv-not-strava");
		}

	}

	private record Row(CSVRecord record, Columns columns) {

		String text(int column) {
			if (column < 0 || column >= record.size()) {
				return null;
			}
			String value = record.get(column).strip();
			return value.isEmpty() ? null : value;
		}

		Double number(int column) {
			String text = text(column);
			if (text == null) {
				return null;
			}
			try {
				double value = Double.parseDouble(text);
				return Double.isFinite(value) ? value : null;
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		Integer wholeNumber(int column) {
			Double value = number(column);
			return value == null ? null : (int) Math.round(value);
		}

		/** "Sep 26, 2026, 10:56:05 AM" in UTC, as Strava writes it, in the runner's zone; null when unreadable. */
		ZonedDateTime date(int column, ZoneId zone) {
			String text = text(column);
			if (text == null) {
				return null;
			}
			String normalised = text.replace('\u202F', ' ').replace('\u00A0', ' ');
			for (DateTimeFormatter format : new DateTimeFormatter[] { STRAVA_DATE, ISO_LIKE_DATE }) {
				try {
					return LocalDateTime.parse(normalised, format).atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
				}
				catch (DateTimeParseException ex) {
					// try the next format
				}
			}
			return null;
		}

	}

}
