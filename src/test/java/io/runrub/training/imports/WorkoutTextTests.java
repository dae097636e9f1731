package io.runrub.training.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.runrub.training.RacePriority;
import io.runrub.training.SessionType;

class WorkoutTextTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Run: 6x800m @ 5k pace                  | INTERVALS
			Intervals: 5 × 1 km                    | INTERVALS
			VO2 max session                        | INTERVALS
			Fartlek                                | INTERVALS
			Tempo Run                              | TEMPO
			Threshold run                          | TEMPO
			Cruise miles                           | TEMPO
			Hill Repeats                           | HILLS
			Long Run                               | LONG
			Marathon training: long run            | LONG
			Long run with the last 5 km at marathon pace | LONG
			Long run with tempo finish             | TEMPO
			Easy Run                               | EASY
			Recovery jog                           | EASY
			Base miles                             | EASY
			Easy run + 6 x 20s strides             | EASY
			Rest Day                               | REST
			Day off                                | REST
			Cross-training                         | CROSS
			Bike: 60 min easy                      | CROSS
			Swim technique                         | CROSS
			Strength & mobility                    | CROSS
			Easy run + strength                    | EASY
			Race Day: Half Marathon                | RACE
			Berlin Marathon                        | RACE
			parkrun                                | RACE
			Town 10K race                          | RACE
			5 x 1 km at 10k race pace              | INTERVALS
			""")
	void recognisesTheTypeFromTheTitle(String title, SessionType type) {
		assertThat(new WorkoutText(title, null).type()).hasValue(type);
	}

	@Test
	void theDescriptionSpeaksOnlyWhenTheTitleSaysNothing() {
		assertThat(new WorkoutText("Tuesday", "6 x 400m with 200m jog").type()).hasValue(SessionType.INTERVALS);
		assertThat(new WorkoutText("Easy run", "Practise race-day nutrition").type()).hasValue(SessionType.EASY);
		assertThat(new WorkoutText("Tuesday", "Have fun").type()).isEmpty();
	}

	@Test
	void restBetweenRepsDoesNotMakeARestDay() {
		assertThat(new WorkoutText("8 x 400m, 90s rest", null).type()).hasValue(SessionType.INTERVALS);
	}

	@ParameterizedTest(name = "\"{0}\" lasts {1} s")
	@CsvSource(delimiter = '|', textBlock = """
			Easy 45 min                          | 2700
			Easy run 45:00                       | 2700
			Long run 1:15:00                     | 4500
			Long run 1h 15m                      | 4500
			Long run 1 hour 15 minutes           | 4500
			Steady 2 hours                       | 7200
			Easy 45' conversational              | 2700
			""")
	void readsADurationWrittenInTheTitle(String title, int seconds) {
		assertThat(new WorkoutText(title, null).durationSeconds()).isEqualTo(seconds);
	}

	@Test
	void aLabelledDurationWinsOverOthers() {
		WorkoutText text = new WorkoutText("Tempo", "Warm up 15 min, 20 min tempo, cool down 10 min. Duration: 01:15:00");

		assertThat(text.durationSeconds()).isEqualTo(4500);
	}

	@Test
	void repetitionsRecoveriesPacesAndTimesOfDayAreNotDurations() {
		assertThat(new WorkoutText("6 x 3 min with 2 min rest", null).durationSeconds()).isNull();
		assertThat(new WorkoutText("Easy at 5:30/km", null).durationSeconds()).isNull();
		assertThat(new WorkoutText("Tempo at 4:45 min/km", null).durationSeconds()).isNull();
		assertThat(new WorkoutText("Club run 7:30 pm", null).durationSeconds()).isNull();
		assertThat(new WorkoutText("Session", "Warm up 15 min, cool down 10 min").durationSeconds()).isNull();
	}

	@ParameterizedTest(name = "\"{0}\" is {1} m")
	@CsvSource(delimiter = '|', textBlock = """
			Easy 10 km                 | 10000
			Easy 10K                   | 10000
			Long run 8 mi              | 12874.752
			Long run 13.1 miles        | 21082.40640
			Half Marathon              | 21097.5
			Berlin Marathon            | 42195
			Parkrun                    | 5000
			""")
	void readsADistanceWrittenInTheTitle(String title, double meters) {
		assertThat(new WorkoutText(title, null).distanceMeters()).isCloseTo(meters,
				org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void repetitionsPacesAndUnlabelledMetresAreNotDistances() {
		assertThat(new WorkoutText("Run: 6x800m @ 5k pace", null).distanceMeters()).isNull();
		assertThat(new WorkoutText("5 x 1 km at half marathon pace", null).distanceMeters()).isNull();
		assertThat(new WorkoutText("Tempo", "Distance: 8000 m").distanceMeters()).isEqualTo(8000.0);
		assertThat(new WorkoutText("Hills", "Warm up 2 mi, 8 x 60s hills, cool down 2 mi").distanceMeters()).isNull();
	}

	@Test
	void twoDistancesAreAmbiguousAndLeftOutRatherThanGuessed() {
		assertThat(new WorkoutText("Long run 20 km with the last 5 km at marathon pace", null).distanceMeters()).isNull();
		assertThat(new WorkoutText("Long run 20 km", "Last 5 km at marathon pace").distanceMeters()).isEqualTo(20_000.0);
	}

	@Test
	void aRacePriorityIsReadOrFollowsTheDistance() {
		assertThat(new WorkoutText("Berlin Marathon (A)", null).racePriority(42_195.0)).isEqualTo(RacePriority.A);
		assertThat(new WorkoutText("Cambridge Half - B race", null).racePriority(21_097.5)).isEqualTo(RacePriority.B);
		assertThat(new WorkoutText("Club 5K [C]", null).racePriority(5_000.0)).isEqualTo(RacePriority.C);
		assertThat(new WorkoutText("Town 10K", "Priority: c").racePriority(10_000.0)).isEqualTo(RacePriority.C);
		assertThat(new WorkoutText("London Marathon", null).racePriority(null)).isEqualTo(RacePriority.A);
		assertThat(new WorkoutText("Town 10K", "Run a race you enjoy").racePriority(10_000.0)).isEqualTo(RacePriority.B);
	}

	@Test
	void trademarkedScoresAreRemovedFromText() {
		assertThat(WorkoutText.withoutTrademarkedScores("TSS 81, IF 0.64. Endurance ride."))
			.isEqualTo("Endurance ride.");
		assertThat(WorkoutText.withoutTrademarkedScores("Endurance ride. TSS: 81 / IF: .64")).isEqualTo("Endurance ride.");
		assertThat(WorkoutText.withoutTrademarkedScores("Go if you feel good")).isEqualTo("Go if you feel good");
	}

}
