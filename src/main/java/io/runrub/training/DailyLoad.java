package io.runrub.training;

import java.time.LocalDate;

/**
 * One day of the load model.
 * @param form fitness − fatigue as of the end of the day before: how fresh the runner is going into this day
 * @param spike a spike in load (fatigue/fitness or 7-day/28-day load above 1.5) — a reason to favour recovery, not
 * a prediction of injury
 * @param warmingUp fewer than 42 days of history: fitness is still building up from zero
 * @param projected a future day, from planned sessions
 */
public record DailyLoad(LocalDate date, double load, double fitness, double fatigue, double form, boolean spike,
		boolean warmingUp, boolean projected) {
}
