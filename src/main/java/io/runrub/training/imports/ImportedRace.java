package io.runrub.training.imports;

import java.time.LocalDate;

import io.runrub.training.RacePriority;

/** A race read from a file (a race event in a training-plan calendar). */
public record ImportedRace(String sourceKey, LocalDate date, String name, Double distanceMeters,
		RacePriority priority) {
}
