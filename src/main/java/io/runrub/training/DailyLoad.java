package io.runrub.training;

import java.time.LocalDate;
import java.util.Set;

/**
 * One day of the load model. Every number of a day is worked out from the start of the runner's history, so a day
 * reads the same whatever range it is asked in.
 * @param load the day's load on one scale (an hour at threshold = 100, whatever the method): completed sessions, and
 * from today on the planned sessions not yet done
 * @param form fitness − fatigue as of the end of the day before: how fresh the runner is going into this day
 * @param spike a spike in load (fatigue/fitness or 7-day/28-day load above 1.5) in completed training up to today — a
 * reason to favour recovery, not a prediction of injury. Never on a projected day, never while provisional
 * @param provisional the model is still learning the runner's training: fewer than 6 weeks of history (or none), so
 * fitness stands on a seed and no spike is claimed
 * @param projected a future day, from planned sessions
 * @param methods how the day's sessions' loads were worked out
 */
public record DailyLoad(LocalDate date, double load, double fitness, double fatigue, double form, boolean spike,
		boolean provisional, boolean projected, Set<LoadMethod> methods) {
}
