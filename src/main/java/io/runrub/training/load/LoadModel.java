package io.runrub.training.load;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.training.DailyLoad;
import io.runrub.training.LoadMethod;
import io.runrub.training.SessionType;

/**
 * Fitness (42-day) and fatigue (7-day) as exponentially weighted averages of daily load, with λ = 1 − e^(−1/N) as
 * GoldenCheetah does: {@code X_today = X_yesterday + λ·(load_today − X_yesterday)}. Form is fitness − fatigue of the
 * day before. Pure: the daily loads and "today" come in as arguments.
 *
 * <p>
 * The model always runs from the start of the runner's history, whatever range is asked, so a day reads the same in
 * every range. It starts from a seed rather than from zero (as intervals.icu and TrainingPeaks let athletes seed it):
 * the average daily load of the runner's first 6 weeks, or, with no history yet, what the runner said they train. For
 * those first 6 weeks it is provisional — still learning — and claims no spike. Spikes are judged on completed
 * training only: planned days never make a spike of the past.
 */
public final class LoadModel {

	public static final int FITNESS_DAYS = 42;

	public static final int FATIGUE_DAYS = 7;

	/** How long the model is provisional: the first 6 weeks of a runner's history. */
	public static final int LEARNING_DAYS = 42;

	public static final double SPIKE_RATIO = 1.5;

	/** A training day the runner tells us about, before any history: an easy 45 minutes (RPE 3 × 45 / 4.2 = 32.1). */
	static final double BASELINE_SESSION_LOAD = SessionLoad.of(SessionType.EASY, 45, null, null, null).load();

	static final double FITNESS_LAMBDA = lambda(FITNESS_DAYS);

	static final double FATIGUE_LAMBDA = lambda(FATIGUE_DAYS);

	private LoadModel() {
	}

	static double lambda(int days) {
		return 1 - Math.exp(-1.0 / days);
	}

	/**
	 * A runner's training as the model needs it.
	 * @param completed completed load per day (days without are 0)
	 * @param planned load of the planned sessions not done (yet), per day; only today and later count
	 * @param methods how each day's loads were worked out
	 * @param historyStart the first day with completed training, or null when there is none
	 * @param trainingDaysPerWeek what the runner said, or null: the seed when there is no history
	 */
	public record History(Map<LocalDate, Double> completed, Map<LocalDate, Double> planned,
			Map<LocalDate, Set<LoadMethod>> methods, LocalDate historyStart, Integer trainingDaysPerWeek) {
	}

	/**
	 * Where fitness and fatigue start: the average daily load of the first 6 weeks of history (as far as they reach by
	 * today); with no history, the runner's training days a week at an easy 45 minutes each, spread over the week;
	 * else 0.
	 */
	public static double seed(History history, LocalDate today) {
		LocalDate first = history.historyStart();
		if (first == null) {
			return history.trainingDaysPerWeek() == null ? 0
					: history.trainingDaysPerWeek() * BASELINE_SESSION_LOAD / 7;
		}
		LocalDate end = first.plusDays(LEARNING_DAYS - 1);
		if (end.isAfter(today)) {
			end = today;
		}
		double sum = 0;
		for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
			sum += history.completed().getOrDefault(day, 0.0);
		}
		return sum / (ChronoUnit.DAYS.between(first, end) + 1);
	}

	/** Daily rows from..to, the model run from the start of history (or from today when there is none). */
	public static List<DailyLoad> compute(History history, LocalDate from, LocalDate to, LocalDate today) {
		LocalDate historyStart = history.historyStart();
		LocalDate modelStart = historyStart == null || historyStart.isAfter(today) ? today : historyStart;
		double seed = seed(history, today);
		// the model as projected (completed, then planned from today) and as it stands (completed only, up to today)
		double fitness = seed;
		double fatigue = seed;
		double doneFitness = seed;
		double doneFatigue = seed;
		double[] window = new double[28];
		Arrays.fill(window, seed);
		int index = -1;
		List<DailyLoad> rows = new ArrayList<>();
		LocalDate start = from.isBefore(modelStart) ? from : modelStart;
		for (LocalDate day = start; !day.isAfter(to); day = day.plusDays(1)) {
			boolean started = !day.isBefore(modelStart);
			boolean projected = day.isAfter(today);
			double done = history.completed().getOrDefault(day, 0.0);
			double load = done + (day.isBefore(today) ? 0 : history.planned().getOrDefault(day, 0.0));
			double form = fitness - fatigue;
			boolean provisional = historyStart == null || day.isBefore(historyStart.plusDays(LEARNING_DAYS));
			boolean spike = false;
			if (started) {
				fitness += FITNESS_LAMBDA * (load - fitness);
				fatigue += FATIGUE_LAMBDA * (load - fatigue);
				if (!projected) {
					doneFitness += FITNESS_LAMBDA * (done - doneFitness);
					doneFatigue += FATIGUE_LAMBDA * (done - doneFatigue);
					index++;
					window[index % 28] = done;
					spike = !provisional && isSpike(doneFitness, doneFatigue, window, index);
				}
			}
			if (!day.isBefore(from)) {
				rows.add(new DailyLoad(day, load, fitness, fatigue, form, spike, provisional, projected,
						history.methods().getOrDefault(day, Set.of())));
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
