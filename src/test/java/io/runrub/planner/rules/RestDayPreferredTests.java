package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TIME-REST-DAY: prefer a rest day, or after the workout on the day before a rest day. */
class RestDayPreferredTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	final RestDayPreferred rule = new RestDayPreferred();

	/** Monday intervals, Tuesday easy run, Wednesday nothing, Thursday long run, Friday marked as a rest day. */
	final TrainingDays week = new TrainingDays(List.of(new TrainingDay(MONDAY, true, false, false, "intervals"),
			new TrainingDay(MONDAY.plusDays(1), false, false, false, "easy run"),
			new TrainingDay(MONDAY.plusDays(3), true, false, false, "long run"),
			TrainingDay.restDay(MONDAY.plusDays(4)), new TrainingDay(MONDAY.plusDays(5), false, false, false, "easy run"),
			new TrainingDay(MONDAY.plusDays(6), true, false, false, "tempo run")));

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(RestDayPreferred.INFO);
		assertThat(rule.id()).isEqualTo("TIME-REST-DAY");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
	}

	@Test
	void aDayWithNoTrainingIsARestDay() {
		LocalDate wednesday = MONDAY.plusDays(2);
		assertThat(rule.fits(wednesday, week)).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("TIME-REST-DAY");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
			assertThat(reason.text()).isEqualTo("Wednesday 4 March is a rest day.");
		});
		assertThat(rule.score(wednesday, week)).isEqualTo(2);
	}

	@Test
	void withNoTrainingEnteredForTheWeekNoDayIsCalledARestDay() {
		TrainingDays nothing = new TrainingDays(List.of());
		assertThat(rule.fits(MONDAY.plusDays(2), nothing)).isEmpty();
		LocalDate weekAfter = MONDAY.plusDays(6 + 7);
		assertThat(rule.fits(weekAfter, week)).as("a week after the last entry").isEmpty();
		assertThat(rule.fits(MONDAY.plusDays(6 + 6), week)).as("within a week of an entry").isPresent();
	}

	@Test
	void aDayMarkedAsRestIsARestDay() {
		LocalDate friday = MONDAY.plusDays(4);
		assertThat(rule.fits(friday, week)).hasValueSatisfying(
				reason -> assertThat(reason.text()).isEqualTo("Friday 6 March is a rest day."));
		assertThat(rule.score(friday, week)).isEqualTo(2);
	}

	@Test
	void afterTheWorkoutOnTheDayBeforeARestDayIsNextBest() {
		LocalDate tuesday = MONDAY.plusDays(1);
		assertThat(rule.fits(tuesday, week)).hasValueSatisfying(reason -> assertThat(reason.text())
			.isEqualTo("After your workout, with a rest day to follow on Wednesday 4 March."));
		assertThat(rule.score(tuesday, week)).isEqualTo(1);
		LocalDate thursday = MONDAY.plusDays(3);
		assertThat(rule.fits(thursday, week)).isPresent();
		assertThat(rule.score(thursday, week)).isEqualTo(1);
	}

	@Test
	void aTrainingDayFollowedByTrainingDoesNotFit() {
		assertThat(rule.fits(MONDAY, week)).isEmpty();
		assertThat(rule.score(MONDAY, week)).isZero();
		LocalDate saturday = MONDAY.plusDays(5);
		assertThat(rule.fits(saturday, week)).isEmpty();
		assertThat(rule.score(saturday, week)).isZero();
	}

	@Test
	void aRestDayScoresHigherThanTheDayBeforeOne() {
		assertThat(rule.score(MONDAY.plusDays(2), week)).isGreaterThan(rule.score(MONDAY.plusDays(1), week))
			.isGreaterThan(rule.score(MONDAY, week));
	}

}
