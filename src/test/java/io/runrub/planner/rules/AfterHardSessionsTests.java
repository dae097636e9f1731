package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TIME-AFTER-HARD: one to two days after a hard workout or a race, never the same day or three days later. */
class AfterHardSessionsTests {

	static final LocalDate INTERVALS = LocalDate.of(2026, 3, 3); // a Tuesday

	final AfterHardSessions rule = new AfterHardSessions();

	final TrainingDays intervalsOnTuesday = new TrainingDays(
			List.of(new TrainingDay(INTERVALS, true, false, false, "intervals")));

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(AfterHardSessions.INFO);
		assertThat(rule.id()).isEqualTo("TIME-AFTER-HARD");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
	}

	@Test
	void theDayAfterAHardSessionFits() {
		assertThat(rule.fits(INTERVALS.plusDays(1), intervalsOnTuesday)).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("TIME-AFTER-HARD");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
			assertThat(reason.text()).isEqualTo("The day after your intervals on Tuesday 3 March.");
		});
	}

	@Test
	void twoDaysAfterAHardSessionFits() {
		assertThat(rule.fits(INTERVALS.plusDays(2), intervalsOnTuesday)).hasValueSatisfying(
				reason -> assertThat(reason.text()).isEqualTo("Two days after your intervals on Tuesday 3 March."));
	}

	@ParameterizedTest(name = "{0} days after")
	@ValueSource(ints = { 0, 3, 4, -1 })
	void theSameDayThreeDaysLaterOrBeforeDoNotFit(int daysAfter) {
		assertThat(rule.fits(INTERVALS.plusDays(daysAfter), intervalsOnTuesday)).isEmpty();
	}

	@Test
	void aRaceCountsAsHardEvenWhenTheDayIsNotMarkedHard() {
		LocalDate race = LocalDate.of(2026, 4, 26);
		TrainingDays days = new TrainingDays(
				List.of(new TrainingDay(race, false, true, false, "race: Riverside Marathon")));
		assertThat(rule.fits(race.plusDays(1), days)).hasValueSatisfying(reason -> assertThat(reason.text())
			.isEqualTo("The day after your race: Riverside Marathon on Sunday 26 April."));
		assertThat(rule.fits(race.plusDays(2), days)).isPresent();
		assertThat(rule.fits(race.plusDays(3), days)).isEmpty();
	}

	@Test
	void easyRunsAndRestDaysDoNotCount() {
		TrainingDays easyOnly = new TrainingDays(List.of(new TrainingDay(INTERVALS, false, false, false, "easy run"),
				TrainingDay.restDay(INTERVALS.plusDays(1))));
		assertThat(rule.fits(INTERVALS.plusDays(1), easyOnly)).isEmpty();
		assertThat(rule.fits(INTERVALS.plusDays(2), easyOnly)).isEmpty();
	}

	@Test
	void theMostRecentHardSessionIsTheOneNamed() {
		TrainingDays twoHardDays = new TrainingDays(List.of(new TrainingDay(INTERVALS, true, false, false, "intervals"),
				new TrainingDay(INTERVALS.plusDays(1), true, false, false, "tempo run")));
		assertThat(rule.fits(INTERVALS.plusDays(2), twoHardDays)).hasValueSatisfying(
				reason -> assertThat(reason.text()).isEqualTo("The day after your tempo run on Wednesday 4 March."));
	}

}
