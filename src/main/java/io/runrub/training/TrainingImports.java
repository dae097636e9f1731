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

import io.runrub.accounts.RunnerId;
import io.runrub.training.imports.ImportRejected;
import io.runrub.training.imports.ImportedRace;
import io.runrub.training.imports.ImportedSession;
import io.runrub.training.imports.ParsedFile;
import io.runrub.training.imports.TrainingFileReader;
import io.runrub.training.imports.fit.FitFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files of training into a runner's calendar. Each file lands completely or not at all, and is answered
 * with a report: what was imported, what was already there, or why the file was refused.
 */
@Component
public class TrainingImports {

	private static final Logger log = LoggerFactory.getLogger(TrainingImports.class);

	/** Files larger than this are refused before they are read. */
	public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;

	/** Strava bulk exports hold a whole history of activity files, so they may be larger. */
	public static final long MAX_EXPORT_BYTES = 200L * 1024 * 1024;

	private final List<TrainingFileReader> readers;

	private final TrainingSessions sessions;

	private final Races races;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final TrainingCalendar calendar;

	private final Clock clock;

	TrainingImports(List<TrainingFileReader> readers, TrainingSessions sessions, Races races,
			TransactionTemplate transactions, ApplicationEventPublisher events, TrainingCalendar calendar,
			Clock clock) {
		this.readers = readers;
		this.sessions = sessions;
		this.races = races;
		this.transactions = transactions;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A file as it was uploaded. */
	public record UploadedFile(String name, byte[] content) {
	}

	public List<ImportReport> importFiles(RunnerId runner, List<UploadedFile> files) {
		List<ImportReport> reports = new ArrayList<>();
		for (UploadedFile file : files) {
			reports.add(importFile(runner, file, sourceOf(file.name())));
		}
		return reports;
	}

	public ImportReport importFile(RunnerId runner, UploadedFile file, String source) {
		String name = file.name() == null || file.name().isBlank() ? "file" : file.name();
		long limit = lower(name).endsWith(".zip") ? MAX_EXPORT_BYTES : MAX_FILE_BYTES;
		if (file.content().length > limit) {
			return ImportReport.rejected(name, "The file is larger than the limit of %d MB."
				.formatted(limit / 1024 / 1024));
		}
		if (file.content().length == 0) {
			return ImportReport.rejected(name, "The file is empty.");
		}
		TrainingFileReader reader = readers.stream().filter(candidate -> candidate.accepts(lower(name))).findFirst()
			.orElse(null);
		if (reader == null) {
			return ImportReport.rejected(name, "RunRub cannot read this kind of file. It reads FIT, GPX, TCX and "
					+ "iCalendar (.ics) files, their .gz, and Strava export .zip files.");
		}
		ParsedFile parsed;
		try {
			parsed = reader.read(name, file.content(), calendar.zone());
		}
		catch (ImportRejected | FitFormatException ex) {
			return ImportReport.rejected(name, ex.getMessage());
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.warn("Could not read {}", name, ex);
			return ImportReport.rejected(name, "The file could not be read: it seems damaged or is not what its "
					+ "name says.");
		}
		if (parsed.isEmpty()) {
			return ImportReport.rejected(name, "The file holds no training sessions or races.");
		}
		try {
			return store(runner, name, parsed, source);
		}
		catch (DuplicateKeyException ex) {
			// the same file landed at the same moment from another request: now everything is a duplicate
			return store(runner, name, parsed, source);
		}
	}

	ImportReport store(RunnerId runner, String name, ParsedFile parsed, String source) {
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
			return report(name, imported, duplicates);
		});
	}

	private static ImportReport report(String name, int imported, int duplicates) {
		if (imported == 0) {
			return new ImportReport(name, ImportReport.Status.DUPLICATE, 0, duplicates,
					"Everything in this file was already in your calendar; nothing changed.");
		}
		if (duplicates > 0) {
			return new ImportReport(name, ImportReport.Status.PARTLY_DUPLICATE, imported, duplicates,
					"%d new, %d already in your calendar and skipped.".formatted(imported, duplicates));
		}
		return new ImportReport(name, ImportReport.Status.IMPORTED, imported, 0,
				imported == 1 ? "1 item imported." : imported + " items imported.");
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
