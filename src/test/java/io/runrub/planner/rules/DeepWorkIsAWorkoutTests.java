package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;

import io.runrub.shared.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TIME-DEEP-IS-WORKOUT: deep tissue or ART never the day before a hard session or a race. */
class DeepWorkIsAWorkoutTests {

	static final LocalDate LONG_RUN = LocalDate.of(2026, 3, 8); // a Sunday

	final DeepWorkIsAWorkout rule = new DeepWorkIsAWorkout();

	final TrainingDays week = new TrainingDays(List.of(new TrainingDay(LONG_RUN, true, false, false, "long run"),
			new TrainingDay(LONG_RUN.minusDays(2), false, false, false, "easy run")));

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(DeepWorkIsAWorkout.INFO);
		assertThat(rule.id()).isEqualTo("TIME-DEEP-IS-WORKOUT");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
	}

	@ParameterizedTest
	@EnumSource(value = Modality.class, names = { "DEEP_TISSUE", "ART" })
	void deepWorkIsForbiddenTheDayBeforeAHardSession(Modality deep) {
		assertThat(rule.forbids(LONG_RUN.minusDays(1), deep, week)).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("TIME-DEEP-IS-WORKOUT");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
			assertThat(reason.text())
				.isEqualTo("Not the day before your long run on Sunday 8 March: deep work is a workout in itself.");
		});
	}

	@Test
	void deepWorkIsForbiddenTheDayBeforeARace() {
		LocalDate race = LocalDate.of(2026, 4, 26);
		TrainingDays raceDay = new TrainingDays(List.of(new TrainingDay(race, false, true, false, "race: parkrun")));
		assertThat(rule.forbids(race.minusDays(1), Modality.DEEP_TISSUE, raceDay)).hasValueSatisfying(
				reason -> assertThat(reason.text()).startsWith("Not the day before your race: parkrun on Sunday 26 April"));
	}

	@Test
	void deepWorkIsAllowedTwoDaysBeforeAHardSession() {
		assertThat(rule.forbids(LONG_RUN.minusDays(2), Modality.DEEP_TISSUE, week)).isEmpty();
	}

	@Test
	void deepWorkIsAllowedTheDayBeforeAnEasyRunOrARestDay() {
		assertThat(rule.forbids(LONG_RUN.minusDays(3), Modality.DEEP_TISSUE, week)).as("before the easy run").isEmpty();
		assertThat(rule.forbids(LONG_RUN, Modality.ART, week)).as("before a rest day").isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = Modality.class, names = { "SWEDISH", "SPORTS", "MOVEMENT_ASSESSMENT" })
	void otherTreatmentsMayGoTheDayBeforeAHardSession(Modality modality) {
		assertThat(rule.forbids(LONG_RUN.minusDays(1), modality, week)).isEmpty();
	}

}
