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

	@Test
	void lambdaIsOneMinusEToTheMinusOneOverN() {
		assertThat(LoadModel.FITNESS_LAMBDA).isCloseTo(1 - Math.exp(-1.0 / 42), within(1e-15));
		assertThat(LoadModel.FATIGUE_LAMBDA).isCloseTo(0.133122, within(1e-6));
	}

	@Test
	void oneDayOfLoadMovesFitnessAndFatigueByLambda() {
		// 100 on day 1: fitness = 100 × (1 − e^(−1/42)) = 2.35283, fatigue = 100 × (1 − e^(−1/7)) = 13.31221
		List<DailyLoad> days = LoadModel.compute(Map.of(START, 100.0), START, START, START.plusDays(1), START);
		assertThat(days.get(0).fitness()).isCloseTo(2.35283, within(1e-5));
		assertThat(days.get(0).fatigue()).isCloseTo(13.31221, within(1e-5));
		// form is fitness − fatigue going into the day: 0 on day 1, 2.35283 − 13.31221 on day 2
		assertThat(days.get(0).form()).isEqualTo(0.0);
		assertThat(days.get(1).form()).isCloseTo(-10.95938, within(1e-5));
		// no load on day 2: both decay by (1 − λ)
		assertThat(days.get(1).fitness()).isCloseTo(2.35283 * Math.exp(-1.0 / 42), within(1e-5));
	}

	@Test
	void constantLoadReachesOneMinusOneOverEOfItAfterNDays() {
		Map<LocalDate, Double> load = new HashMap<>();
		for (int day = 0; day < 42; day++) {
			load.put(START.plusDays(day), 100.0);
		}
		List<DailyLoad> days = LoadModel.compute(load, START, START, START.plusDays(41), START.plusDays(41));
		// after 42 days of 100: 100 × (1 − e^(−1)) = 63.212; after 7 days fatigue = 63.212 too
		assertThat(days.get(41).fitness()).isCloseTo(63.212, within(0.001));
		assertThat(days.get(6).fatigue()).isCloseTo(63.212, within(0.001));
		assertThat(days.get(40).warmingUp()).isTrue();
		assertThat(days.get(41).warmingUp()).isFalse();
	}

	@Test
	void aWeekAtTwiceTheUsualLoadIsASpike() {
		Map<LocalDate, Double> load = new HashMap<>();
		for (int day = 0; day < 60; day++) {
			load.put(START.plusDays(day), 50.0);
		}
		for (int day = 60; day < 67; day++) {
			load.put(START.plusDays(day), 150.0);
		}
		List<DailyLoad> days = LoadModel.compute(load, START, START, START.plusDays(66), START.plusDays(66));
		assertThat(days.get(59).spike()).as("steady training").isFalse();
		// day 67: last 7 days 7 × 150 = 1050; 28 days = 21 × 50 + 1050 = 2100 → weekly average 525; 1050/525 = 2
		assertThat(days.get(66).spike()).isTrue();
	}

	@Test
	void noSpikeIsClaimedWhileHistoryIsShorterThan28Days() {
		Map<LocalDate, Double> load = Map.of(START.plusDays(3), 200.0);
		List<DailyLoad> days = LoadModel.compute(load, START, START, START.plusDays(10), START.plusDays(10));
		assertThat(days).noneMatch(DailyLoad::spike);
	}

	@Test
	void daysAfterTodayAreProjections() {
		List<DailyLoad> days = LoadModel.compute(Map.of(), START, START, START.plusDays(2), START.plusDays(1));
		assertThat(days).extracting(DailyLoad::projected).containsExactly(false, false, true);
	}

	@Test
	void rowsStartAtFromButTheModelRunsFromTheFirstSession() {
		List<DailyLoad> fromStart = LoadModel.compute(Map.of(START, 100.0), START, START, START.plusDays(5),
				START.plusDays(5));
		List<DailyLoad> later = LoadModel.compute(Map.of(START, 100.0), START, START.plusDays(3), START.plusDays(5),
				START.plusDays(5));
		assertThat(later).hasSize(3);
		assertThat(later.get(0).fitness()).isEqualTo(fromStart.get(3).fitness());
	}

}
