package io.runrub.training.imports.fit;

import java.time.Duration;
import java.time.Instant;

/**
 * A session message: the device's own summary of one activity (a multisport file has several). Sports are
 * FIT profile codes (1 = running, 2 = cycling, 5 = swimming, ...). Each component is null when absent.
 *
 * @param elapsedTime clock time from start to end, pauses included
 * @param timerTime time the timer ran, pauses excluded
 * @param rpe the athlete's rating of perceived exertion, 0 to 10
 */
public record FitSession(
		Integer sport,
		Integer subSport,
		Instant startTime,
		Duration elapsedTime,
		Duration timerTime,
		Double distanceMeters,
		Integer ascentMeters,
		Integer averageHeartRate,
		Integer maxHeartRate,
		Integer calories,
		Double rpe) {
}
