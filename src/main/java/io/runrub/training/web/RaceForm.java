package io.runrub.training.web;

import java.time.LocalDate;

import io.runrub.training.RacePriority;
import io.runrub.training.TrainingLog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The add-a-race form. Distance is entered in kilometres. */
record RaceForm(@NotNull(message = "{training.invalid.date}") @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate date,
		@NotBlank(message = "{training.invalid.raceName}") @Size(max = 200, message = "{training.invalid.raceNameLength}") String name,
		@PositiveOrZero(message = "{training.invalid.distanceNegative}") @Max(value = 1000, message = "{training.invalid.distanceKmMax}") Double distanceKm,
		@NotNull(message = "{training.invalid.priority}") RacePriority priority) {

	static RaceForm empty(LocalDate date) {
		return new RaceForm(date, "", null, RacePriority.A);
	}

	TrainingLog.RaceInput input() {
		return new TrainingLog.RaceInput(date, name, distanceKm == null ? null : distanceKm * 1000, priority);
	}

	/** The field a refusal of the training log is about, so that it shows next to it; null for the whole form. */
	static String fieldOf(String code) {
		return switch (code == null ? "" : code) {
			case "race-without-date" -> "date";
			case "race-without-name" -> "name";
			case "race-distance-out-of-range" -> "distanceKm";
			case "race-without-priority" -> "priority";
			default -> null;
		};
	}

}
