package io.runrub.planner.rules;

import java.time.LocalDate;

import io.runrub.training.RacePriority;

/** A race as the rules see it. */
public record RaceDay(LocalDate date, String name, RacePriority priority) {

	/** A and B races get a pre-race massage and a protected window; C races are run as training. */
	public boolean isKey() {
		return priority != RacePriority.C;
	}

}
