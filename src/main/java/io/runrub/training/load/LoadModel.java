package io.runrub.training.load;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.runrub.training.DailyLoad;

/**
 * Fitness (42-day) and fatigue (7-day) as exponentially weighted averages of daily load, with λ = 1 − e^(−1/N) as
 * GoldenCheetah does: {@code X_today = X_yesterday + λ·(load_today − X_yesterday)}. Form is fitness − fatigue of the
 * day before. Pure: the daily loads and "today" come in as arguments.
 */
public final class LoadModel {

	public static final int FITNESS_DAYS = 42;

	public static final int FATIGUE_DAYS = 7;

	public static final double SPIKE_RATIO = 1.5;

	static final double FITNESS_LAMBDA = lambda(FITNESS_DAYS);

	static final double FATIGUE_LAMBDA = lambda(FATIGUE_DAYS);

	private LoadModel() {
	}

	static double lambda(int days) {
		return 1 - Math.exp(-1.0 / days);
	}

	/**
	 * Daily rows from..to. The model starts at zero on {@code historyStart} (the runner's first session) and runs
	 * through every day up to {@code to}.
	 * @param dailyLoad total load per day (days without sessions are 0)
	 * @param today days after it are projections from planned sessions
	 */
	public static List<DailyLoad> compute(Map<LocalDate, Double> dailyLoad, LocalDate historyStart, LocalDate from,
			LocalDate to, LocalDate today) {
		return compute(dailyLoad, historyStart, historyStart, from, to, today);
	}

	/**
	 * As {@link #compute(Map, LocalDate, LocalDate, LocalDate, LocalDate)}, but the model starts at zero on
	 * {@code modelStart} rather than on the first day of history, so that years of history need not be read: a day's
	 * weight in fitness falls by e^(−1/42) a day, so a year back it counts less than 0.02 % (and in fatigue nothing
	 * measurable). {@code historyStart} still says how long the runner has trained.
	 */
	public static List<DailyLoad> compute(Map<LocalDate, Double> dailyLoad, LocalDate historyStart,
			LocalDate modelStart, LocalDate from, LocalDate to, LocalDate today) {
		List<DailyLoad> rows = new ArrayList<>();
		LocalDate start = modelStart == null || modelStart.isAfter(from) ? from : modelStart;
		double fitness = 0;
		double fatigue = 0;
		double[] window = new double[28];
		int index = 0;
		for (LocalDate day = start; !day.isAfter(to); day = day.plusDays(1), index++) {
			double load = dailyLoad.getOrDefault(day, 0.0);
			double form = fitness - fatigue;
			fitness += FITNESS_LAMBDA * (load - fitness);
			fatigue += FATIGUE_LAMBDA * (load - fatigue);
			window[index % 28] = load;
			if (!day.isBefore(from)) {
				long daysOfHistory = historyStart == null ? 0 : ChronoUnit.DAYS.between(historyStart, day) + 1;
				boolean enoughHistory = daysOfHistory >= 28;
				rows.add(new DailyLoad(day, load, fitness, fatigue, form,
						enoughHistory && isSpike(fitness, fatigue, window, index), daysOfHistory < FITNESS_DAYS,
						day.isAfter(today)));
			}
		}
		return rows;
	}

	/** fatigue/fitness above 1.5, or the last 7 days' load above 1.5 × the weekly average of the last 28. */
	static boolean isSpike(double fitness, double fatigue, double[] window, int index) {
		if (fitness > 0 && fatigue / fitness > SPIKE_RATIO) {
			return true;
		}
		double last7 = 0;
		double last28 = 0;
		for (int back = 0; back < 28; back++) {
			double value = window[Math.floorMod(index - back, 28)];
			last28 += value;
			if (back < 7) {
				last7 += value;
			}
		}
		return last28 > 0 && last7 / (last28 / 4) > SPIKE_RATIO;
	}

}
