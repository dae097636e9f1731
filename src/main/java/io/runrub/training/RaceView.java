package io.runrub.training;

import java.time.LocalDate;

/** A race as other modules and the API see it. */
public record RaceView(long id, LocalDate date, String name, Double distanceMeters, RacePriority priority) {
}
