package io.runrub.training.web;

import java.time.LocalDate;
import java.time.LocalTime;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.SessionView;
import io.runrub.training.TrainingLog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The add/edit session form. Distance is entered in kilometres. */
record SessionForm(@NotNull(message = "{training.invalid.date}") @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate date,
		@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "H:mm", "HH:mm:ss" }) LocalTime startTime,
		@NotNull(message = "{training.invalid.type}") SessionType type,
		@NotNull(message = "{training.invalid.status}") SessionStatus status,
		@Size(max = 200, message = "{training.invalid.title}") String title,
		@Min(value = 0, message = "{training.invalid.minutesNegative}") @Max(value = 2880, message = "{training.invalid.minutesMax}") Integer durationMinutes,
		@PositiveOrZero(message = "{training.invalid.distanceNegative}") @Max(value = 1000, message = "{training.invalid.distanceKmMax}") Double distanceKm,
		@PositiveOrZero(message = "{training.invalid.elevationNegative}") @Max(value = 20000, message = "{training.invalid.elevationMax}") Double elevationGainMeters,
		@Min(value = 20, message = "{training.invalid.heartRate}") @Max(value = 250, message = "{training.invalid.heartRate}") Integer avgHeartRate,
		@Min(value = 0, message = "{training.invalid.rpe}") @Max(value = 10, message = "{training.invalid.rpe}") Integer rpe,
		@Size(max = 2000, message = "{training.invalid.notes}") String notes) {

	static SessionForm empty(LocalDate date, SessionStatus status) {
		return new SessionForm(date, null, SessionType.EASY, status, null, null, null, null, null, null, null);
	}

	static SessionForm of(SessionView view) {
		return new SessionForm(view.date(), view.startTime(), view.type(), view.status(), view.title(),
				view.durationMinutes(), view.distanceMeters() == null ? null : view.distanceMeters() / 1000,
				view.elevationGainMeters(), view.avgHeartRate(), view.rpe(), view.notes());
	}

	TrainingLog.SessionInput input() {
		return new TrainingLog.SessionInput(date, startTime, type, status, title, durationMinutes,
				distanceKm == null ? null : distanceKm * 1000, elevationGainMeters, avgHeartRate, rpe, notes);
	}

	/** The field a refusal of the training log is about, so that it shows next to it; null for the whole form. */
	static String fieldOf(String code) {
		return switch (code == null ? "" : code) {
			case "session-date-out-of-range" -> "date";
			case "session-completed-in-future" -> "status";
			case "session-duration-out-of-range" -> "durationMinutes";
			case "session-distance-out-of-range" -> "distanceKm";
			case "session-elevation-out-of-range" -> "elevationGainMeters";
			case "session-heart-rate-out-of-range" -> "avgHeartRate";
			case "session-rpe-out-of-range" -> "rpe";
			default -> null;
		};
	}

}
