package io.runrub.planner.rules;

import java.time.LocalDate;

/**
 * What a day of the runner's training holds, as the timing rules see it.
 * @param hard whether any session that day was (or is planned to be) hard
 * @param what a few words for the hardest session, e.g. "long run" or "race: Riverside Marathon"
 * @param rest no training that day (or only a rest day entry)
 */
public record TrainingDay(LocalDate date, boolean hard, boolean race, boolean rest, String what) {

	public static TrainingDay restDay(LocalDate date) {
		return new TrainingDay(date, false, false, true, "rest");
	}

}
