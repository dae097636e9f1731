package io.runrub.training.imports.fit;

/**
 * A workout_step message, with its values as the FIT profile encodes them. Each component is null when absent.
 *
 * @param durationType 0 = time, 1 = distance, 2/3 = until heart rate below/above, 5 = open, 6 = repeat
 *     until steps complete, ...
 * @param durationValue milliseconds for time, centimetres for distance; for a repeat, the index of the
 *     step to go back to
 * @param targetType 0 = speed, 1 = heart rate, 2 = open, 3 = cadence, 4 = power, ...
 * @param targetValue a zone number, 0 when the custom range applies; for a repeat, the number of repetitions
 * @param customTargetLow the lower end of a custom target range (heart rate is offset by 100, speed is in mm/s)
 * @param customTargetHigh the upper end of a custom target range
 */
public record FitWorkoutStep(
		String name,
		Integer durationType,
		Long durationValue,
		Integer targetType,
		Long targetValue,
		Long customTargetLow,
		Long customTargetHigh,
		FitIntensity intensity) {

	public boolean isInterval() {
		return intensity == FitIntensity.INTERVAL;
	}
}
