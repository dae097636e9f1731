package io.runrub.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import io.runrub.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sessions and races the runner enters, edits and deletes by hand. */
@Component
@Transactional
public class TrainingLog {

	static final String MANUAL = "MANUAL";

	static final String RACE_SOURCE = "RACE";

	private final TrainingSessions sessions;

	private final Races races;

	private final TrainingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrainingLog(TrainingSessions sessions, Races races, TrainingCalendar calendar, ApplicationEventPublisher events,
			Clock clock) {
		this.sessions = sessions;
		this.races = races;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** A session as the runner enters it. Duration in minutes; everything but date, type and status is optional. */
	public record SessionInput(LocalDate date, LocalTime startTime, SessionType type, SessionStatus status,
			String title, Integer durationMinutes, Double distanceMeters, Double elevationGainMeters,
			Integer avgHeartRate, Integer rpe, String notes) {
	}

	public SessionView addSession(long runnerId, SessionInput input) {
		TrainingSession saved = sessions.save(toSession(null, runnerId, input, null, MANUAL, null));
		changed(runnerId, saved.sessionDate(), saved.sessionDate(), "session added");
		return view(runnerId, saved.id());
	}

	public SessionView updateSession(long runnerId, long sessionId, SessionInput input) {
		TrainingSession current = load(runnerId, sessionId);
		TrainingSession saved = sessions.save(toSession(sessionId, runnerId, input, current.hardOverride(),
				current.source(), current.sourceKey()));
		changed(runnerId, min(current.sessionDate(), saved.sessionDate()), max(current.sessionDate(), saved.sessionDate()),
				"session changed");
		return view(runnerId, sessionId);
	}

	public void deleteSession(long runnerId, long sessionId) {
		TrainingSession current = load(runnerId, sessionId);
		sessions.delete(current);
		changed(runnerId, current.sessionDate(), current.sessionDate(), "session deleted");
	}

	/** The runner's own say on whether a session was hard; null goes back to RunRub's verdict. */
	public SessionView setHard(long runnerId, long sessionId, Boolean hard) {
		TrainingSession current = load(runnerId, sessionId);
		sessions.save(current.withHardOverride(hard));
		changed(runnerId, current.sessionDate(), current.sessionDate(), "hard session marked");
		return view(runnerId, sessionId);
	}

	public record RaceInput(LocalDate date, String name, Double distanceMeters, RacePriority priority) {
	}

	/** Adds a race, and a planned race-day session so that it counts in load and placement. */
	public RaceView addRace(long runnerId, RaceInput input) {
		validate(input);
		Race race = races.save(new Race(null, runnerId, input.date(), input.name().strip(), input.distanceMeters(),
				input.priority(), MANUAL, null));
		sessions.save(raceSession(runnerId, race, null));
		changed(runnerId, race.raceDate(), race.raceDate(), "race added");
		return race.view();
	}

	public RaceView updateRace(long runnerId, long raceId, RaceInput input) {
		validate(input);
		Race current = races.findByIdAndRunnerId(raceId, runnerId).orElseThrow(() -> raceNotFound(raceId));
		Race saved = races.save(new Race(raceId, runnerId, input.date(), input.name().strip(), input.distanceMeters(),
				input.priority(), current.source(), current.sourceKey()));
		sessions.findByRunnerIdAndSourceKey(runnerId, raceKey(raceId))
			.ifPresent(session -> sessions.save(raceSession(runnerId, saved, session.id())));
		changed(runnerId, min(current.raceDate(), saved.raceDate()), max(current.raceDate(), saved.raceDate()),
				"race moved");
		return saved.view();
	}

	public void deleteRace(long runnerId, long raceId) {
		Race current = races.findByIdAndRunnerId(raceId, runnerId).orElseThrow(() -> raceNotFound(raceId));
		races.delete(current);
		sessions.findByRunnerIdAndSourceKey(runnerId, raceKey(raceId)).ifPresent(sessions::delete);
		changed(runnerId, current.raceDate(), current.raceDate(), "race deleted");
	}

	private TrainingSession raceSession(long runnerId, Race race, Long sessionId) {
		SessionInput input = new SessionInput(race.raceDate(), null, SessionType.RACE, SessionStatus.PLANNED,
				race.name(), null, race.distanceMeters(), null, null, null, null);
		return toSession(sessionId, runnerId, input, null, RACE_SOURCE, raceKey(race.id()));
	}

	static String raceKey(long raceId) {
		return "race:" + raceId;
	}

	private TrainingSession toSession(Long id, long runnerId, SessionInput input, Boolean hardOverride, String source,
			String sourceKey) {
		LocalDate today = calendar.today();
		if (input.status() == SessionStatus.COMPLETED && input.date().isAfter(today)) {
			throw new DomainException.RuleViolation("Completed in the future",
					"A session on " + input.date() + " cannot be completed yet. Save it as planned.");
		}
		if (input.date().isBefore(today.minusYears(20)) || input.date().isAfter(today.plusYears(3))) {
			throw new DomainException.RuleViolation("Date out of range", "Choose a date within the last 20 years "
					+ "or the next 3.");
		}
		Integer seconds = input.durationMinutes() == null ? null : input.durationMinutes() * 60;
		double minutes = seconds != null ? seconds / 60.0
				: new TrainingSession(null, runnerId, input.date(), null, input.type(), false, input.status(), null,
						null, input.distanceMeters(), null, null, null, null, 0, LoadMethod.ESTIMATE, null, null, source,
						null, null).estimatedMinutes();
		SessionLoad.Result load = SessionLoad.of(input.type(), minutes, input.rpe(), input.avgHeartRate(), null);
		return new TrainingSession(id, runnerId, input.date(), input.startTime(), input.type(), false, input.status(),
				blankToNull(input.title()), seconds, input.distanceMeters(), input.elevationGainMeters(),
				input.avgHeartRate(), input.rpe(), blankToNull(input.notes()), load.load(), load.method(), null,
				hardOverride, source, sourceKey, Instant.now(clock));
	}

	private static void validate(RaceInput input) {
		if (input.name() == null || input.name().isBlank()) {
			throw new DomainException.RuleViolation("Race without a name", "Give the race a name.");
		}
	}

	private TrainingSession load(long runnerId, long sessionId) {
		return sessions.findByIdAndRunnerId(sessionId, runnerId)
			.orElseThrow(() -> new DomainException.NotFound("There is no session " + sessionId + " in your calendar."));
	}

	private SessionView view(long runnerId, long sessionId) {
		return calendar.session(runnerId, sessionId).orElseThrow();
	}

	private void changed(long runnerId, LocalDate from, LocalDate to, String what) {
		events.publishEvent(new TrainingChanged(runnerId, from, to, what));
	}

	private static DomainException.NotFound raceNotFound(long raceId) {
		return new DomainException.NotFound("There is no race " + raceId + " in your calendar.");
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
