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
record SessionForm(@NotNull(message = "Give the date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
		@NotNull(message = "Choose the type.") SessionType type,
		@NotNull(message = "Choose planned or completed.") SessionStatus status,
		@Size(max = 200, message = "At most 200 characters.") String title,
		@Min(value = 0, message = "Minutes cannot be negative.") @Max(value = 2880, message = "At most 2,880 minutes.") Integer durationMinutes,
		@PositiveOrZero(message = "Distance cannot be negative.") @Max(value = 1000, message = "At most 1,000 km.") Double distanceKm,
		@PositiveOrZero(message = "Elevation gain cannot be negative.") @Max(value = 20000, message = "At most 20,000 m.") Double elevationGainMeters,
		@Min(value = 20, message = "Heart rate from 20 to 250.") @Max(value = 250, message = "Heart rate from 20 to 250.") Integer avgHeartRate,
		@Min(value = 0, message = "RPE from 0 to 10.") @Max(value = 10, message = "RPE from 0 to 10.") Integer rpe,
		@Size(max = 2000, message = "At most 2,000 characters.") String notes) {

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

}
