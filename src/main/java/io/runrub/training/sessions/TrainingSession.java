package io.runrub.training.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import io.runrub.shared.DomainException;
import io.runrub.training.LoadMethod;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;
import io.runrub.training.load.SessionLoad;

import org.springframework.data.annotation.Id;

/**
 * A training session, planned or completed. Its load is worked out when it is written; whether it was hard depends
 * on the runner's other training and is decided when it is read (see {@link io.runrub.training.hard.HardSessionRule}).
 */
public record TrainingSession(@Id Long id, long runnerId, LocalDate sessionDate, LocalTime startTime, SessionType type,
		boolean typeGuessed, SessionStatus status, String title, Integer durationSeconds, Double distanceMeters,
		Double elevationGainMeters, Integer avgHeartRate, Integer rpe, String notes, double load,
		LoadMethod loadMethod, Double minutesAtThreshold, Boolean hardOverride, String source, String sourceKey,
		Instant createdAt) {

	/** The longest session RunRub keeps: two days, in minutes. */
	static final int MAX_MINUTES = 2880;

	static final double MAX_DISTANCE_METERS = 1_000_000;

	static final double MAX_ELEVATION_GAIN_METERS = 20_000;

	static final int MIN_HEART_RATE = 20;

	static final int MAX_HEART_RATE = 250;

	/** Session RPE on the CR-10 scale: 0 (rest) to 10 (maximal). */
	static final int MIN_RPE = 0;

	static final int MAX_RPE = 10;

	static final int MAX_TITLE = 200;

	static final int MAX_NOTES = 2000;

	/** How far back and ahead a training day may lie. */
	static final int YEARS_BACK = 20;

	static final int YEARS_AHEAD = 3;

	/**
	 * A session as the runner enters it by hand (or the planned session of a race), with its load worked out. Refuses
	 * what cannot be true: a day far outside any training history, a completed session after today, and durations,
	 * distances, heart rates or efforts out of their ranges. Blank title and notes are kept as none.
	 */
	public static TrainingSession entered(Long id, long runnerId, TrainingLog.SessionInput input, LocalDate today,
			Boolean hardOverride, String source, String sourceKey, Instant now) {
		if (input.date() == null || input.type() == null || input.status() == null) {
			throw DomainException.refused("session-incomplete");
		}
		if (input.date().isBefore(today.minusYears(YEARS_BACK)) || input.date().isAfter(today.plusYears(YEARS_AHEAD))) {
			throw DomainException.refused("session-date-out-of-range", YEARS_BACK, YEARS_AHEAD);
		}
		if (input.status() == SessionStatus.COMPLETED && input.date().isAfter(today)) {
			throw DomainException.refused("session-completed-in-future", input.date().toString());
		}
		if (outside(input.durationMinutes(), 0, MAX_MINUTES)) {
			throw DomainException.refused("session-duration-out-of-range", MAX_MINUTES);
		}
		if (outside(input.distanceMeters(), MAX_DISTANCE_METERS)) {
			throw DomainException.refused("session-distance-out-of-range", (long) (MAX_DISTANCE_METERS / 1000));
		}
		if (outside(input.elevationGainMeters(), MAX_ELEVATION_GAIN_METERS)) {
			throw DomainException.refused("session-elevation-out-of-range", (long) MAX_ELEVATION_GAIN_METERS);
		}
		if (outside(input.avgHeartRate(), MIN_HEART_RATE, MAX_HEART_RATE)) {
			throw DomainException.refused("session-heart-rate-out-of-range", MIN_HEART_RATE, MAX_HEART_RATE);
		}
		if (outside(input.rpe(), MIN_RPE, MAX_RPE)) {
			throw DomainException.refused("session-rpe-out-of-range", MIN_RPE, MAX_RPE);
		}
		String title = blankToNull(input.title());
		String notes = blankToNull(input.notes());
		if (title != null && title.length() > MAX_TITLE || notes != null && notes.length() > MAX_NOTES) {
			throw DomainException.refused("session-text-too-long", MAX_TITLE, MAX_NOTES);
		}
		Integer seconds = input.durationMinutes() == null ? null : input.durationMinutes() * 60;
		TrainingSession unloaded = new TrainingSession(id, runnerId, input.date(), input.startTime(), input.type(),
				false, input.status(), title, seconds, input.distanceMeters(), input.elevationGainMeters(),
				input.avgHeartRate(), input.rpe(), notes, 0, LoadMethod.ESTIMATE, null, hardOverride, source,
				sourceKey, now);
		SessionLoad.Result load = SessionLoad.of(input.type(), unloaded.minutes(), input.rpe(), input.avgHeartRate(),
				null);
		return unloaded.withLoad(load);
	}

	private static boolean outside(Integer value, int min, int max) {
		return value != null && (value < min || value > max);
	}

	private static boolean outside(Double value, double max) {
		return value != null && (value.isNaN() || value < 0 || value > max);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private TrainingSession withLoad(SessionLoad.Result result) {
		return new TrainingSession(id, runnerId, sessionDate, startTime, type, typeGuessed, status, title,
				durationSeconds, distanceMeters, elevationGainMeters, avgHeartRate, rpe, notes, result.load(),
				result.method(), minutesAtThreshold, hardOverride, source, sourceKey, createdAt);
	}

	public double minutes() {
		return durationSeconds == null ? estimatedMinutes() : durationSeconds / 60.0;
	}

	/** Without a duration: from the distance at an easy 6 min/km, else a typical length for the type. */
	public double estimatedMinutes() {
		if (distanceMeters != null && distanceMeters > 0) {
			return distanceMeters / 1000 * 6;
		}
		return switch (type) {
			case REST -> 0;
			case EASY, CROSS -> 45;
			case LONG -> 100;
			case TEMPO, HILLS -> 50;
			case INTERVALS -> 55;
			case RACE -> 60;
		};
	}

	public boolean isCompleted() {
		return status == SessionStatus.COMPLETED;
	}

	public TrainingSession withHardOverride(Boolean override) {
		return new TrainingSession(id, runnerId, sessionDate, startTime, type, typeGuessed, status, title,
				durationSeconds, distanceMeters, elevationGainMeters, avgHeartRate, rpe, notes, load, loadMethod,
				minutesAtThreshold, override, source, sourceKey, createdAt);
	}

	public TrainingSession withType(SessionType effectiveType) {
		return new TrainingSession(id, runnerId, sessionDate, startTime, effectiveType, false, status, title,
				durationSeconds, distanceMeters, elevationGainMeters, avgHeartRate, rpe, notes, load, loadMethod,
				minutesAtThreshold, hardOverride, source, sourceKey, createdAt);
	}

}
