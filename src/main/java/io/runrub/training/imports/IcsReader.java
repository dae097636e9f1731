package io.runrub.training.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

/**
 * Reads training plans from iCalendar files and feeds ({@code .ics}) as TrainingPeaks, Final Surge, Runna and
 * TrainerRoad publish them: every event is a planned session, and a race event is also a race.
 * <ul>
 * <li>Dates: an all-day event keeps its date and has no start time; an event in UTC or with a TZID (including one
 * defined by a VTIMEZONE in the file) is moved into the runner's zone; a floating time, or a TZID nobody knows, is
 * taken as the runner's local time.</li>
 * <li>Type: from the title, else the description (see {@link WorkoutText}); EASY, marked as a guess, when the words
 * name no type.</li>
 * <li>Duration, first that applies: Runna's {@code X-WORKOUT-ESTIMATED-DURATION} (seconds), which exists for
 * exactly this; a labelled or unambiguous duration in the words; the length of a timed event. The calendar block
 * comes last because apps and people often block a default hour whatever the workout.</li>
 * <li>Race priority: as written ("A race", "(B)", "Priority: C"), else A for a half marathon or longer, B for
 * anything shorter.</li>
 * <li>Recurring events import their first occurrence only; plans write each workout as its own event. Cancelled
 * events are left out.</li>
 * </ul>
 * ical4j is configured in {@code ical4j.properties} never to fetch time zones from the network.
 */
public final class IcsReader implements TrainingFileReader {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2200;

	private static final String NOT_A_CALENDAR = "ics-not-calendar";

	private static final String NO_EVENTS = "ics-no-events";

	private static final long MAX_SESSION_SECONDS = Duration.ofHours(24).toSeconds();

	private static final DateTimeFormatter FLOATING = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private final int maxEvents;

	public IcsReader() {
		this(ImportLimits.DEFAULTS.sessionsPerFile());
	}

	/** @param maxEvents the most events one calendar may hold; counted before the calendar is parsed */
	public IcsReader(int maxEvents) {
		this.maxEvents = maxEvents;
	}

	@Override
	public boolean accepts(String fileName) {
		return fileName.toLowerCase(Locale.ROOT).endsWith(".ics");
	}

	@Override
	public ParsedFile read(String fileName, byte[] content, ZoneId zone) {
		BoundedInput.requireUploadSize(content);
		return readFeed(new String(content, StandardCharsets.UTF_8), zone);
	}

	/**
	 * Reads a calendar feed's body, fetched by the caller, exactly as a file.
	 * @throws ImportRejected if it is not a calendar, has no events, or has impossible dates
	 */
	public ParsedFile readFeed(String calendar, ZoneId zone) {
		if (calendar.length() > BoundedInput.MAX_FILE_BYTES) {
			throw ImportRejected.because("file-too-large", BoundedInput.MAX_FILE_BYTES / (1024 * 1024));
		}
		String text = calendar.startsWith("\uFEFF") ? calendar.substring(1) : calendar;
		if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
			throw ImportRejected.because(NOT_A_CALENDAR);
		}
		// counted in one pass over the text before ical4j builds anything: 100,000 events are refused in milliseconds
		if (eventsIn(text) > maxEvents) {
			throw ImportRejected.because("ics-too-many-events", maxEvents);
		}
		List<VEvent> events = build(text.stripLeading()).getComponents(Component.VEVENT);
		if (events.isEmpty()) {
			throw ImportRejected.because(NO_EVENTS);
		}
		List<ImportedSession> sessions = new ArrayList<>();
		List<ImportedRace> races = new ArrayList<>();
		for (VEvent event : events) {
			if ("CANCELLED".equalsIgnoreCase(text(event, Property.STATUS))) {
				continue;
			}
			PlannedEvent planned = plannedEvent(event, zone);
			sessions.add(planned.session());
			if (planned.race() != null) {
				races.add(planned.race());
			}
		}
		return new ParsedFile(sessions, races);
	}

	/** How many lines open an event ({@code BEGIN:VEVENT}, in any case), stopping once past the limit. */
	int eventsIn(String text) {
		int count = 0;
		int length = text.length();
		for (int line = 0; line < length && count <= maxEvents;) {
			if (text.regionMatches(true, line, "BEGIN:VEVENT", 0, 12)) {
				count++;
			}
			int next = text.indexOf('\n', line);
			line = next < 0 ? length : next + 1;
		}
		return count;
	}

	private static Calendar build(String text) {
		try {
			return new CalendarBuilder().build(new StringReader(text));
		}
		catch (ParserException ex) {
			if (ex.getCause() instanceof DateTimeException) {
				throw ImportRejected.because(ex, "ics-unreadable-date-at", ex.getLineNo());
			}
			throw ImportRejected.because(ex, "ics-damaged-at", ex.getLineNo());
		}
		catch (IOException | RuntimeException ex) {
			throw ImportRejected.because(ex, "ics-damaged");
		}
	}

	private static PlannedEvent plannedEvent(VEvent event, ZoneId zone) {
		String summary = WorkoutText.withoutTrademarkedScores(text(event, Property.SUMMARY));
		String description = WorkoutText.withoutTrademarkedScores(text(event, Property.DESCRIPTION));
		String name = summary == null || summary.isBlank() ? null : summary;
		Optional<DtStart<Temporal>> dtStart = event.getStartDate();
		if (dtStart.isEmpty()) {
			throw eventRejected(name, "ics-no-start");
		}
		When start = When.of(dtStart.get(), zone);
		requirePlausible(start, name);
		Optional<DtEnd<Temporal>> dtEnd = event.getEndDate(false);
		if (dtEnd.isEmpty() && event.getProperty(Property.DURATION).isPresent()) {
			dtEnd = event.getEndDate(true);
		}
		When end = dtEnd.map(property -> When.of(property, zone)).orElse(null);
		if (end != null) {
			requirePlausible(end, name);
			if (end.isBefore(start)) {
				throw eventRejected(name, "ics-ends-before-start", end, start);
			}
		}

		WorkoutText words = new WorkoutText(summary, description);
		Optional<SessionType> named = words.type();
		SessionType type = named.orElse(SessionType.EASY);
		Double distance = words.distanceMeters();
		Integer duration = estimatedDuration(event);
		if (duration == null) {
			duration = words.durationSeconds();
		}
		if (duration == null && end != null && start.time() != null && end.time() != null) {
			long seconds = start.secondsUntil(end);
			duration = seconds > 0 && seconds <= MAX_SESSION_SECONDS ? (int) seconds : null;
		}

		String sourceKey = "ics:" + uidOrHash(event, summary, dtStart.get()) + ":" + dtStart.get().getValue();
		String title = SessionText.title(summary, "Planned session");
		ImportedSession session = new ImportedSession(sourceKey, start.date(), start.time(), type, named.isPresent(),
				SessionStatus.PLANNED, title, duration, distance, null, null, null, SessionText.notes(description),
				null);
		ImportedRace race = type == SessionType.RACE
				? new ImportedRace(sourceKey, start.date(), title, distance, words.racePriority(distance)) : null;
		return new PlannedEvent(session, race);
	}

	/** Runna's estimate in seconds; ignored when it is not a sensible number. */
	private static Integer estimatedDuration(VEvent event) {
		String value = text(event, "X-WORKOUT-ESTIMATED-DURATION");
		if (value == null) {
			return null;
		}
		try {
			long seconds = Long.parseLong(value.strip());
			return seconds > 0 && seconds <= MAX_SESSION_SECONDS ? (int) seconds : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String uidOrHash(VEvent event, String summary, DtStart<Temporal> start) {
		String uid = text(event, Property.UID);
		if (uid != null && !uid.isBlank()) {
			return uid.strip();
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(((summary == null ? "" : summary) + "|" + start.getValue()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static void requirePlausible(When when, String name) {
		int year = when.date().getYear();
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw eventRejected(name, "ics-implausible-date", when.date(), MIN_YEAR, MAX_YEAR);
		}
	}

	/** An event's refusal: named by its title ({0} in the words), or its "-untitled" variant when it has none. */
	private static ImportRejected eventRejected(String title, String code, Object... args) {
		if (title == null) {
			return ImportRejected.because(code + "-untitled", args);
		}
		Object[] named = new Object[args.length + 1];
		named[0] = title;
		System.arraycopy(args, 0, named, 1, args.length);
		return ImportRejected.because(code, named);
	}

	private static String text(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	/** A planned session, and the race it is when it is one (otherwise null). */
	private record PlannedEvent(ImportedSession session, ImportedRace race) {
	}

	/**
	 * A calendar date or time as the runner sees it. {@code instant} is null for an all-day date and for a floating
	 * time, which has no zone of its own.
	 */
	private record When(LocalDate date, LocalTime time, Instant instant) {

		static When of(DateProperty<Temporal> property, ZoneId zone) {
			Temporal value;
			try {
				value = property.getDate();
			}
			catch (DateTimeException ex) {
				// A TZID that neither the file nor ical4j defines: read the time as the runner's own.
				String raw = property.getValue();
				if (raw == null || raw.length() < 15) {
					throw ImportRejected.because(ex, "ics-unreadable-date", raw);
				}
				try {
					value = LocalDateTime.parse(raw.substring(0, 15), FLOATING);
				}
				catch (DateTimeException unreadable) {
					throw ImportRejected.because(unreadable, "ics-unreadable-date", raw);
				}
			}
			if (value instanceof LocalDate date) {
				return new When(date, null, null);
			}
			if (value instanceof LocalDateTime local) {
				return new When(local.toLocalDate(), local.toLocalTime().truncatedTo(ChronoUnit.SECONDS), null);
			}
			Instant instant = Instant.from(value);
			LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
			return new When(local.toLocalDate(), local.toLocalTime().truncatedTo(ChronoUnit.SECONDS), instant);
		}

		boolean isBefore(When other) {
			if (instant != null && other.instant != null) {
				return instant.isBefore(other.instant);
			}
			if (time == null || other.time == null) {
				return date.isBefore(other.date);
			}
			return date.atTime(time).isBefore(other.date.atTime(other.time));
		}

		long secondsUntil(When end) {
			if (instant != null && end.instant != null) {
				return Duration.between(instant, end.instant).toSeconds();
			}
			return Duration.between(date.atTime(time), end.date.atTime(end.time)).toSeconds();
		}

		@Override
		public String toString() {
			return time == null ? date.toString() : date + " " + time;
		}

	}

}
