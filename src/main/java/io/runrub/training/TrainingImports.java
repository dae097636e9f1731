package io.runrub.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import java.io.IOException;
import java.io.InputStream;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.runrub.accounts.RunnerId;
import io.runrub.training.imports.ImportLimits;
import io.runrub.training.imports.ImportRejected;
import io.runrub.training.imports.ImportedRace;
import io.runrub.training.imports.ImportedSession;
import io.runrub.training.imports.ParsedFile;
import io.runrub.training.imports.TrainingFileReader;
import io.runrub.training.imports.fit.FitFormatException;
import io.runrub.training.load.SessionLoad;
import io.runrub.training.sessions.Race;
import io.runrub.training.sessions.Races;
import io.runrub.training.sessions.TrainingSession;
import io.runrub.training.sessions.TrainingSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files of training into a runner's calendar. Each file lands completely or not at all, and is answered
 * with a report: what was imported, what was already there, or why the file was refused. The work of one import is
 * bounded ({@link ImportLimits}): by the size of the file before it is read, by what it may hold before anything is
 * written, and by how many imports one runner may have under way at once.
 */
@Component
public class TrainingImports {

	private static final Logger log = LoggerFactory.getLogger(TrainingImports.class);

	private static final long MB = 1024L * 1024;

	/** Files larger than this are refused before they are read. */
	public static final long MAX_FILE_BYTES = ImportLimits.DEFAULTS.maxFileBytes();

	private final List<TrainingFileReader> readers;

	private final TrainingSessions sessions;

	private final Races races;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final TrainingCalendar calendar;

	private final Clock clock;

	private final ImportLimits limits;

	private final JdbcClient jdbc;

	private final MeterRegistry meters;

	private final MessageSourceAccessor messages;

	private final Map<RunnerId, AtomicInteger> underWay = new ConcurrentHashMap<>();

	TrainingImports(List<TrainingFileReader> readers, TrainingSessions sessions, Races races,
			TransactionTemplate transactions, ApplicationEventPublisher events, TrainingCalendar calendar,
			Clock clock, ImportLimits limits, JdbcClient jdbc, MessageSourceAccessor messages,
			ObjectProvider<MeterRegistry> meters) {
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
		this.readers = readers;
		this.sessions = sessions;
		this.races = races;
		this.transactions = transactions;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
		this.limits = limits;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * A file as it was uploaded: its name, its size as received, and where to read it from (for an upload, the
	 * temporary file the server streamed it to), so that nothing is held in memory before its size is checked.
	 */
	public record UploadedFile(String name, long size, InputStreamSource content) {

		public UploadedFile(String name, byte[] content) {
			this(name, content.length, new ByteArrayResource(content));
		}

	}

	/** The runner already has as many imports under way as one may; the next one waits for them. */
	public static final class ImportsBusy extends RuntimeException {

		private final int limit;

		public ImportsBusy(int limit) {
			super("more than " + limit + " imports at once");
			this.limit = limit;
		}

		public int limit() {
			return limit;
		}

	}

	/**
	 * Imports each file on its own.
	 * @throws ImportsBusy when the runner already has {@link ImportLimits#concurrentPerRunner()} imports under way
	 */
	public List<ImportReport> importFiles(RunnerId runner, List<UploadedFile> files) {
		AtomicInteger mine = underWay.computeIfAbsent(runner, key -> new AtomicInteger());
		if (mine.incrementAndGet() > limits.concurrentPerRunner()) {
			leave(runner, mine);
			throw new ImportsBusy(limits.concurrentPerRunner());
		}
		try {
			List<ImportReport> reports = new ArrayList<>();
			for (UploadedFile file : files) {
				reports.add(importFile(runner, file, sourceOf(file.name())));
			}
			return reports;
		}
		finally {
			leave(runner, mine);
		}
	}

	private void leave(RunnerId runner, AtomicInteger mine) {
		if (mine.decrementAndGet() <= 0) {
			underWay.remove(runner, mine);
		}
	}

	/** Imports one file, timed as {@code runrub.imports} (by source and status) for /actuator/prometheus. */
	public ImportReport importFile(RunnerId runner, UploadedFile file, String source) {
		Timer.Sample sample = Timer.start(meters);
		String status = "ERROR";
		try {
			ImportReport report = importFileUntimed(runner, file, source);
			status = report.status().name();
			return report;
		}
		finally {
			sample.stop(meters.timer("runrub.imports", "source", source == null ? "unknown" : source, "status", status));
		}
	}

	private ImportReport importFileUntimed(RunnerId runner, UploadedFile file, String source) {
		String name = file.name() == null || file.name().isBlank() ? "file" : file.name();
		boolean export = lower(name).endsWith(".zip");
		long limit = export ? limits.maxExportBytes() : limits.maxFileBytes();
		if (file.size() > limit) {
			return rejected(name, ImportRejected.because("upload-too-large", limit / MB));
		}
		if (file.size() == 0) {
			return rejected(name, ImportRejected.because("file-empty"));
		}
		TrainingFileReader reader = readers.stream().filter(candidate -> candidate.accepts(lower(name))).findFirst()
			.orElse(null);
		if (reader == null) {
			return rejected(name, ImportRejected.because("unknown-kind"));
		}
		ParsedFile parsed;
		try (InputStream content = file.content().getInputStream()) {
			parsed = reader.read(name, content, file.size(), limit, calendar.zone());
			requireWithinLimits(parsed, export);
		}
		catch (ImportRejected ex) {
			return rejected(name, ex);
		}
		catch (FitFormatException ex) {
			return rejected(name, ImportRejected.because(ex, ex.nearEnd() ? "fit-damaged-end" : "fit-damaged"));
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			log.warn("Could not read {}", name, ex);
			return rejected(name, ImportRejected.because(ex, "file-unreadable"));
		}
		if (parsed.isEmpty()) {
			return rejected(name, ImportRejected.because("file-holds-nothing"));
		}
		try {
			return store(runner, name, parsed, source);
		}
		catch (ImportRejected ex) {
			return rejected(name, ex);
		}
		catch (DuplicateKeyException ex) {
			// the same file landed at the same moment from another request: now everything is a duplicate
			return store(runner, name, parsed, source);
		}
	}

	/** What one file may hold, checked before anything is written. */
	private void requireWithinLimits(ParsedFile parsed, boolean export) {
		int most = export ? limits.activitiesPerExport() : limits.sessionsPerFile();
		if (parsed.sessions().size() + parsed.races().size() > most) {
			throw ImportRejected.because("file-too-many-sessions", most);
		}
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		parsed.sessions().forEach(session -> perDay.merge(session.date(), 1, Integer::sum));
		perDay.forEach((day, count) -> {
			if (count > limits.sessionsPerDay()) {
				throw ImportRejected.because("day-too-many-sessions", day, limits.sessionsPerDay());
			}
		});
	}

	/** What a day of the runner's calendar may hold, counting what is there: checked in the writing transaction. */
	private void requireRoomOnEachDay(long runnerId, List<TrainingSession> toSave) {
		if (toSave.isEmpty()) {
			return;
		}
		TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
		toSave.forEach(session -> perDay.merge(session.sessionDate(), 1, Integer::sum));
		LocalDate first = perDay.firstKey();
		LocalDate last = perDay.lastKey();
		jdbc.sql("""
				select session_date, count(*) from training_session
				where runner_id = :runner and session_date between :first and :last group by session_date""")
			.param("runner", runnerId)
			.param("first", first)
			.param("last", last)
			.query((row, i) -> Map.entry(row.getObject(1, LocalDate.class), row.getInt(2)))
			.list()
			.forEach(day -> perDay.computeIfPresent(day.getKey(), (date, count) -> count + day.getValue()));
		perDay.forEach((day, count) -> {
			if (count > limits.sessionsPerDay()) {
				throw ImportRejected.because("calendar-day-full", day, limits.sessionsPerDay());
			}
		});
	}

	private ImportReport rejected(String name, ImportRejected ex) {
		log.info("Import of {} refused: {}", name, ex.getMessage());
		return ImportReport.rejected(name, messages.getMessage(ex.messageKey(), ex.args()), ex.getMessage());
	}

	public ImportReport store(RunnerId runner, String name, ParsedFile parsed, String source) {
		long runnerId = runner.value();
		return transactions.execute(status -> {
			Map<String, ImportedSession> newSessions = new LinkedHashMap<>();
			parsed.sessions().forEach(session -> newSessions.putIfAbsent(session.sourceKey(), session));
			Map<String, ImportedRace> newRaces = new LinkedHashMap<>();
			parsed.races().forEach(race -> newRaces.putIfAbsent(race.sourceKey(), race));
			int total = newSessions.size() + newRaces.size();
			Set<String> existing = new HashSet<>();
			if (!newSessions.isEmpty()) {
				for (List<String> chunk : chunks(new ArrayList<>(newSessions.keySet()))) {
					existing.addAll(sessions.existingSourceKeys(runnerId, chunk));
				}
			}
			newSessions.keySet().removeAll(existing);
			Set<String> existingRaces = new HashSet<>();
			if (!newRaces.isEmpty()) {
				existingRaces.addAll(races.existingSourceKeys(runnerId, newRaces.keySet()));
			}
			newRaces.keySet().removeAll(existingRaces);
			Instant now = Instant.now(clock);
			List<TrainingSession> toSave = newSessions.values()
				.stream()
				.map(session -> toSession(runnerId, session, source, now))
				.toList();
			requireRoomOnEachDay(runnerId, toSave);
			sessions.saveAll(toSave);
			races.saveAll(newRaces.values()
				.stream()
				.map(race -> new Race(null, runnerId, race.date(), race.name(), race.distanceMeters(), race.priority(),
						source, race.sourceKey()))
				.toList());
			int imported = toSave.size() + newRaces.size();
			int duplicates = total - imported;
			if (imported > 0) {
				List<LocalDate> dates = new ArrayList<>();
				toSave.forEach(session -> dates.add(session.sessionDate()));
				newRaces.values().forEach(race -> dates.add(race.date()));
				dates.sort(Comparator.naturalOrder());
				events.publishEvent(new TrainingChanged(runner, dates.get(0), dates.get(dates.size() - 1),
						"import of " + name));
			}
			List<ImportReport.Activity> activities = new ArrayList<>();
			toSave.forEach(session -> activities.add(new ImportReport.Activity(session.sessionDate(), session.type(),
					session.durationSeconds(), session.title())));
			newRaces.values().forEach(race -> activities.add(new ImportReport.Activity(race.date(), null, null,
					race.name())));
			activities.sort(Comparator.comparing(ImportReport.Activity::date));
			return report(name, imported, duplicates,
					activities.subList(0, Math.min(ImportReport.LISTED, activities.size())));
		});
	}

	private ImportReport report(String name, int imported, int duplicates, List<ImportReport.Activity> activities) {
		if (imported == 0) {
			return new ImportReport(name, ImportReport.Status.DUPLICATE, 0, duplicates,
					messages.getMessage("import.report.duplicate"), null);
		}
		if (duplicates > 0) {
			return new ImportReport(name, ImportReport.Status.PARTLY_DUPLICATE, imported, duplicates,
					messages.getMessage("import.report.partlyDuplicate", new Object[] { imported, duplicates }), null,
					activities);
		}
		return new ImportReport(name, ImportReport.Status.IMPORTED, imported, 0,
				messages.getMessage("import.report.imported", new Object[] { imported }), null, activities);
	}

	static TrainingSession toSession(long runnerId, ImportedSession session, String source, Instant now) {
		double minutes = session.durationSeconds() == null ? -1 : session.durationSeconds() / 60.0;
		TrainingSession draft = new TrainingSession(null, runnerId, session.date(), session.startTime(),
				session.type(), !session.typeFromSource(), session.status(), truncate(session.title(), 200),
				session.durationSeconds(), session.distanceMeters(), session.elevationGainMeters(),
				session.avgHeartRate(), session.rpe(), truncate(session.notes(), 2000), 0, LoadMethod.ESTIMATE, null,
				null, source, session.sourceKey(), now);
		double effectiveMinutes = minutes >= 0 ? minutes : draft.estimatedMinutes();
		SessionLoad.Result load = SessionLoad.of(session.type(), effectiveMinutes, session.rpe(),
				session.avgHeartRate(), session.heartRate());
		Double atThreshold = session.heartRate() == null ? null
				: SessionLoad.minutesAtThreshold(session.heartRate(), SessionLoad.DEFAULT_THRESHOLD_HR);
		return new TrainingSession(null, runnerId, session.date(), session.startTime(), session.type(),
				!session.typeFromSource(), session.status(), draft.title(), session.durationSeconds(),
				session.distanceMeters(), session.elevationGainMeters(), session.avgHeartRate(), session.rpe(),
				draft.notes(), load.load(), load.method(), atThreshold, null, source, session.sourceKey(), now);
	}

	private static List<List<String>> chunks(List<String> keys) {
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < keys.size(); i += 500) {
			chunks.add(keys.subList(i, Math.min(keys.size(), i + 500)));
		}
		return chunks;
	}

	/** Where a session came from, shown beside it: the kind of file. */
	static String sourceOf(String name) {
		String lower = name == null ? "" : lower(name);
		if (lower.endsWith(".fit") || lower.endsWith(".fit.gz")) {
			return "FIT";
		}
		if (lower.endsWith(".gpx") || lower.endsWith(".gpx.gz")) {
			return "GPX";
		}
		if (lower.endsWith(".tcx") || lower.endsWith(".tcx.gz")) {
			return "TCX";
		}
		if (lower.endsWith(".ics")) {
			return "ICS";
		}
		if (lower.endsWith(".zip")) {
			return "STRAVA";
		}
		return "IMPORT";
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static String lower(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
