package io.runrub.training.imports.fit;

import java.time.Duration;
import java.time.Instant;

/** A lap message; each component is null when absent. */
public record FitLap(Instant startTime, Duration elapsedTime, Double distanceMeters, Integer averageHeartRate) {
}
