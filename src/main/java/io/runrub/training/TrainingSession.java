package io.runrub.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.data.annotation.Id;

/**
 * A training session, planned or completed. Its load is worked out when it is written; whether it was hard depends
 * on the runner's other training and is decided when it is read (see {@link HardSessionRule}).
 */
record TrainingSession(@Id Long id, long runnerId, LocalDate sessionDate, LocalTime startTime, SessionType type,
		boolean typeGuessed, SessionStatus status, String title, Integer durationSeconds, Double distanceMeters,
		Double elevationGainMeters, Integer avgHeartRate, Integer rpe, String notes, double load,
		LoadMethod loadMethod, Double minutesAtThreshold, Boolean hardOverride, String source, String sourceKey,
		Instant createdAt) {

	double minutes() {
		return durationSeconds == null ? estimatedMinutes() : durationSeconds / 60.0;
	}

	/** Without a duration: from the distance at an easy 6 min/km, else a typical length for the type. */
	double estimatedMinutes() {
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

	boolean isCompleted() {
		return status == SessionStatus.COMPLETED;
	}

	TrainingSession withHardOverride(Boolean override) {
		return new TrainingSession(id, runnerId, sessionDate, startTime, type, typeGuessed, status, title,
				durationSeconds, distanceMeters, elevationGainMeters, avgHeartRate, rpe, notes, load, loadMethod,
				minutesAtThreshold, override, source, sourceKey, createdAt);
	}

	TrainingSession withType(SessionType effectiveType) {
		return new TrainingSession(id, runnerId, sessionDate, startTime, effectiveType, false, status, title,
				durationSeconds, distanceMeters, elevationGainMeters, avgHeartRate, rpe, notes, load, loadMethod,
				minutesAtThreshold, hardOverride, source, sourceKey, createdAt);
	}

}
