package io.runrub.training.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.runrub.training.DailyLoad;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LoadModelTests {

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static LoadModel.History completed(Map<LocalDate, Double> completed) {
		LocalDate first = completed.keySet().stream().min(LocalDate::compareTo).orElse(null);
		return new LoadModel.History(completed, Map.of(), Map.of(), first, null);
	}

	/** {@code load} a day on days from..to-1 after START. */
	static Map<LocalDate, Double> steady(Map<LocalDate, Double> days, int from, int to, double load) {
		for (int day = from; day < to; day++) {
			days.put(START.plusDays(day), load);
		}
		return days;
	}

	@Test
	void lambdaIsOneMinusEToTheMinusOneOverN() {
		assertThat(LoadModel.FITNESS_LAMBDA).isCloseTo(1 - Math.exp(-1.0 / 42), within(1e-15));
		assertThat(LoadModel.FATIGUE_LAMBDA).isCloseTo(0.133122, within(1e-6));
	}

	@Test
	void oneDayOfLoadMovesFitnessAndFatigueByLambdaFromTheSeed() {
		// 100 on day 1 and nothing for the rest of the first 6 weeks: seed = 100 / 42 = 2.380952.
		// fitness = 2.380952 + (1 − e^(−1/42)) × (100 − 2.380952) = 4.677764;
		// fatigue = 2.380952 + (1 − e^(−1/7)) × (100 − 2.380952) = 15.376205
		List<DailyLoad> days = LoadModel.compute(completed(Map.of(START, 100.0)), START, START.plusDays(1),
				START.plusDays(41));
		assertThat(LoadModel.seed(completed(Map.of(START, 100.0)), START.plusDays(41))).isCloseTo(2.380952,
				within(1e-6));
		assertThat(days.get(0).fitness()).isCloseTo(4.677764, within(1e-6));
		assertThat(days.get(0).fatigue()).isCloseTo(15.376205, within(1e-6));
		// form is fitness − fatigue going into the day: 0 on day 1 (seeded level), 4.677764 − 15.376205 on day 2
		assertThat(days.get(0).form()).isCloseTo(0, within(1e-12));
		assertThat(days.get(1).form()).isCloseTo(-10.698441, within(1e-6));
		// no load on day 2: both decay by (1 − λ)
		assertThat(days.get(1).fitness()).isCloseTo(4.567704, within(1e-6));
	}

	@Test
	void sixWeeksOfTheSameLoadSeedFitnessAtThatLoad() {
		// 42 days of 50: the seed is 50, so fitness and fatigue stay at 50 and form at 0 — not a climb from zero
		Map<LocalDate, Double> load = steady(new HashMap<>(), 0, 42, 50);
		List<DailyLoad> days = LoadModel.compute(completed(load), START, START.plusDays(41), START.plusDays(41));
		assertThat(days).allSatisfy(day -> {
			assertThat(day.fitness()).isCloseTo(50, within(1e-9));
			assertThat(day.fatigue()).isCloseTo(50, within(1e-9));
			assertThat(day.form()).isCloseTo(0, within(1e-9));
		});
	}

	@Test
	void withoutHistoryFitnessIsSeededFromTheTrainingDaysTheRunnerGave() {
		// 4 days a week × an easy 45 minutes (3 × 45 / 4.2 = 32.142857) / 7 = 18.367347 a day
		LoadModel.History history = new LoadModel.History(Map.of(), Map.of(), Map.of(), null, 4);
		LocalDate today = START.plusDays(10);
		List<DailyLoad> days = LoadModel.compute(history, START, today.plusDays(1), today);
		assertThat(days.get(0).fitness()).isCloseTo(18.367347, within(1e-6));
		// the model runs from today: nothing done today, so 18.367347 × e^(−1/42) = 17.935194
		assertThat(days.get(10).fitness()).isCloseTo(17.935194, within(1e-6));
		assertThat(days).allMatch(DailyLoad::provisional).noneMatch(DailyLoad::spike);
	}

	@Test
	void aWeekAtTwiceTheUsualLoadIsASpike() {
		Map<LocalDate, Double> load = steady(steady(new HashMap<>(), 0, 60, 50), 60, 67, 150);
		List<DailyLoad> days = LoadModel.compute(completed(load), START, START.plusDays(66), START.plusDays(66));
		assertThat(days.get(59).spike()).as("steady training").isFalse();
		// day 67: last 7 days 7 × 150 = 1050; 28 days = 21 × 50 + 1050 = 2100 → weekly average 525; 1050/525 = 2
		assertThat(days.get(66).spike()).isTrue();
		assertThat(days.get(66).provisional()).isFalse();
	}

	@Test
	void theFirstSixWeeksAreProvisionalAndClaimNoSpike() {
		// 3 weeks of 20, then 3 weeks of 150: a spike by any ratio, but the model is still learning
		Map<LocalDate, Double> load = steady(steady(new HashMap<>(), 0, 21, 20), 21, 50, 150);
		List<DailyLoad> days = LoadModel.compute(completed(load), START, START.plusDays(49), START.plusDays(49));
		assertThat(days.subList(0, 42)).allMatch(DailyLoad::provisional).noneMatch(DailyLoad::spike);
		assertThat(days.get(42).provisional()).as("day 43: 6 weeks of history").isFalse();
	}

	@Test
	void plannedDaysNeverMakeASpikeOfThePast() {
		// 60 days of 50 completed up to today, then 300 planned today and on each of the next 7 days
		LocalDate today = START.plusDays(59);
		Map<LocalDate, Double> planned = new HashMap<>();
		for (int day = 0; day < 8; day++) {
			planned.put(today.plusDays(day), 300.0);
		}
		Map<LocalDate, Double> done = steady(new HashMap<>(), 0, 59, 50);
		LoadModel.History history = new LoadModel.History(done, planned, Map.of(), START, null);
		List<DailyLoad> days = LoadModel.compute(history, START, today.plusDays(7), today);
		assertThat(days).noneMatch(DailyLoad::spike);
		// today's planned 300 is in its load and the projection, not in what has been done
		assertThat(days.get(59).load()).isEqualTo(300.0);
		assertThat(days.get(66).projected()).isTrue();
		assertThat(days.get(66).fatigue()).isGreaterThan(1.5 * days.get(66).fitness());
	}

	@Test
	void aPlannedDayBeforeTodayCountsNothing() {
		LoadModel.History history = new LoadModel.History(steady(new HashMap<>(), 0, 50, 50),
				Map.of(START.plusDays(55), 300.0), Map.of(), START, null);
		assertThat(LoadModel.compute(history, START.plusDays(55), START.plusDays(55), START.plusDays(60)).get(0).load())
			.isZero();
	}

	@Test
	void daysAfterTodayAreProjections() {
		List<DailyLoad> days = LoadModel.compute(completed(Map.of(START, 10.0)), START, START.plusDays(2),
				START.plusDays(1));
		assertThat(days).extracting(DailyLoad::projected).containsExactly(false, false, true);
	}

	@Test
	void aDayReadsTheSameWhateverRangeItIsAskedIn() {
		Map<LocalDate, Double> load = steady(steady(new HashMap<>(), 0, 60, 50), 60, 90, 120);
		LocalDate today = START.plusDays(100);
		LocalDate day = START.plusDays(75);
		DailyLoad wide = LoadModel.compute(completed(load), START, today, today).get(75);
		DailyLoad narrow = LoadModel.compute(completed(load), day, day, today).get(0);
		DailyLoad late = LoadModel.compute(completed(load), START.plusDays(70), START.plusDays(200), today).get(5);
		assertThat(narrow).isEqualTo(wide).isEqualTo(late);
		assertThat(wide.date()).isEqualTo(day);
	}

}
