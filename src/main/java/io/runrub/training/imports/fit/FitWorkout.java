package io.runrub.training.imports.fit;

import java.util.List;

/** A planned workout: the workout message and its steps in file order. Name and sport are null when absent. */
public record FitWorkout(String name, Integer sport, List<FitWorkoutStep> steps) {

	public FitWorkout {
		steps = List.copyOf(steps);
	}
}
