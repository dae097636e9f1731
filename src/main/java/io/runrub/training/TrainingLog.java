package io.runrub.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.DomainException;
import io.runrub.training.sessions.Race;
import io.runrub.training.sessions.Races;
import io.runrub.training.sessions.TrainingSession;
import io.runrub.training.sessions.TrainingSessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and races the runner enters, edits and deletes by hand. It loads, asks the session or race to change
 * (they refuse what cannot be true), saves and tells the other modules.
 */
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

	public SessionView addSession(RunnerId runner, SessionInput input) {
		TrainingSession saved = sessions.save(TrainingSession.entered(null, runner.value(), input, calendar.today(),
				null, MANUAL, null, Instant.now(clock)));
		changed(runner, saved.sessionDate(), saved.sessionDate(), "session added");
		return view(runner, saved.id());
	}

	public SessionView updateSession(RunnerId runner, long sessionId, SessionInput input) {
		TrainingSession current = load(runner, sessionId);
		TrainingSession saved = sessions.save(TrainingSession.entered(sessionId, runner.value(), input,
				calendar.today(), current.hardOverride(), current.source(), current.sourceKey(), Instant.now(clock)));
		changed(runner, min(current.sessionDate(), saved.sessionDate()), max(current.sessionDate(), saved.sessionDate()),
				"session changed");
		return view(runner, sessionId);
	}

	public void deleteSession(RunnerId runner, long sessionId) {
		TrainingSession current = load(runner, sessionId);
		sessions.delete(current);
		changed(runner, current.sessionDate(), current.sessionDate(), "session deleted");
	}

	/** The runner's own say on whether a session was hard; null goes back to RunRub's verdict. */
	public SessionView setHard(RunnerId runner, long sessionId, Boolean hard) {
		TrainingSession current = load(runner, sessionId);
		sessions.save(current.withHardOverride(hard));
		changed(runner, current.sessionDate(), current.sessionDate(), "hard session marked");
		return view(runner, sessionId);
	}

	public record RaceInput(LocalDate date, String name, Double distanceMeters, RacePriority priority) {
	}

	/** Adds a race, and a planned race-day session so that it counts in load and placement. */
	public RaceView addRace(RunnerId runner, RaceInput input) {
		Race race = races.save(Race.entered(null, runner.value(), input.date(), input.name(), input.distanceMeters(),
				input.priority(), MANUAL, null));
		sessions.save(raceSession(race, null));
		changed(runner, race.raceDate(), race.raceDate(), "race added");
		return race.view();
	}

	public RaceView updateRace(RunnerId runner, long raceId, RaceInput input) {
		Race current = loadRace(runner, raceId);
		Race saved = races
			.save(current.changedTo(input.date(), input.name(), input.distanceMeters(), input.priority()));
		sessions.findByRunnerIdAndSourceKey(runner.value(), raceKey(raceId))
			.ifPresent(session -> sessions.save(raceSession(saved, session.id())));
		changed(runner, min(current.raceDate(), saved.raceDate()), max(current.raceDate(), saved.raceDate()),
				"race moved");
		return saved.view();
	}

	public void deleteRace(RunnerId runner, long raceId) {
		Race current = loadRace(runner, raceId);
		races.delete(current);
		sessions.findByRunnerIdAndSourceKey(runner.value(), raceKey(raceId)).ifPresent(sessions::delete);
		changed(runner, current.raceDate(), current.raceDate(), "race deleted");
	}

	private TrainingSession raceSession(Race race, Long sessionId) {
		SessionInput input = new SessionInput(race.raceDate(), null, SessionType.RACE, SessionStatus.PLANNED,
				race.name(), null, race.distanceMeters(), null, null, null, null);
		return TrainingSession.entered(sessionId, race.runnerId(), input, calendar.today(), null, RACE_SOURCE,
				raceKey(race.id()), Instant.now(clock));
	}

	static String raceKey(long raceId) {
		return "race:" + raceId;
	}

	private TrainingSession load(RunnerId runner, long sessionId) {
		return sessions.findByIdAndRunnerId(sessionId, runner.value())
			.orElseThrow(() -> DomainException.notFound("session-not-found", sessionId));
	}

	private Race loadRace(RunnerId runner, long raceId) {
		return races.findByIdAndRunnerId(raceId, runner.value())
			.orElseThrow(() -> DomainException.notFound("race-not-found", raceId));
	}

	private SessionView view(RunnerId runner, long sessionId) {
		return calendar.session(runner, sessionId).orElseThrow();
	}

	private void changed(RunnerId runner, LocalDate from, LocalDate to, String what) {
		events.publishEvent(new TrainingChanged(runner, from, to, what));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
