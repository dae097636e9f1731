package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;

import io.runrub.shared.Modality;
import io.runrub.training.RacePriority;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TIME-RACE-WINDOW: no deep tissue or ART in the last 7 days (configurable) before an A or B race; C races have none. */
class NoDeepWorkInRaceWindowTests {

	static final LocalDate RACE = LocalDate.of(2026, 4, 26); // a Sunday

	static final RaceDay MARATHON = new RaceDay(RACE, "Riverside Marathon", RacePriority.A);

	final NoDeepWorkInRaceWindow rule = new NoDeepWorkInRaceWindow();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(NoDeepWorkInRaceWindow.INFO);
		assertThat(rule.id()).isEqualTo("TIME-RACE-WINDOW");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
		assertThat(rule.info().evidenceNote()).contains("harm-avoidance convention");
	}

	@Test
	void theWindowIsSevenDaysByDefault() {
		assertThat(NoDeepWorkInRaceWindow.DEFAULT_DAYS).isEqualTo(7);
		assertThat(rule.days()).isEqualTo(7);
	}

	@ParameterizedTest(name = "{0} days before")
	@ValueSource(ints = { 1, 2, 3, 6, 7 })
	void deepWorkIsForbiddenInTheLastSevenDaysBeforeAnARace(int daysBefore) {
		for (Modality deep : List.of(Modality.DEEP_TISSUE, Modality.ART)) {
			assertThat(rule.forbids(RACE.minusDays(daysBefore), deep, List.of(MARATHON)))
				.as("%s %d days before", deep, daysBefore)
				.hasValueSatisfying(reason -> {
					assertThat(reason.rule()).isEqualTo("TIME-RACE-WINDOW");
					assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
					assertThat(reason.text()).isEqualTo("No deep work in the 7 days before Riverside Marathon.");
				});
		}
	}

	@ParameterizedTest(name = "{0} days before")
	@ValueSource(ints = { 8, 9, 30, 0, -1 })
	void deepWorkIsAllowedOutsideTheWindow(int daysBefore) {
		assertThat(rule.forbids(RACE.minusDays(daysBefore), Modality.DEEP_TISSUE, List.of(MARATHON))).isEmpty();
		assertThat(rule.windowOf(RACE.minusDays(daysBefore), List.of(MARATHON))).isEmpty();
	}

	@Test
	void aBRaceHasTheSameWindow() {
		RaceDay half = new RaceDay(RACE, "Spring Half", RacePriority.B);
		assertThat(rule.forbids(RACE.minusDays(7), Modality.ART, List.of(half))).isPresent();
		assertThat(rule.forbids(RACE.minusDays(8), Modality.ART, List.of(half))).isEmpty();
	}

	@Test
	void aCRaceHasNoWindow() {
		RaceDay parkrun = new RaceDay(RACE, "parkrun", RacePriority.C);
		for (int daysBefore = 1; daysBefore <= 7; daysBefore++) {
			assertThat(rule.windowOf(RACE.minusDays(daysBefore), List.of(parkrun))).isEmpty();
			assertThat(rule.forbids(RACE.minusDays(daysBefore), Modality.DEEP_TISSUE, List.of(parkrun))).isEmpty();
		}
	}

	@Test
	void aCRaceDoesNotHideTheWindowOfAKeyRaceOnTheSameDay() {
		RaceDay parkrun = new RaceDay(RACE.minusDays(1), "parkrun", RacePriority.C);
		assertThat(rule.windowOf(RACE.minusDays(2), List.of(parkrun, MARATHON))).contains(MARATHON);
	}

	@ParameterizedTest
	@EnumSource(value = Modality.class, names = { "SWEDISH", "SPORTS", "MOVEMENT_ASSESSMENT" })
	void lighterWorkIsNeverForbidden(Modality modality) {
		assertThat(rule.isDeep(modality)).isFalse();
		assertThat(rule.forbids(RACE.minusDays(2), modality, List.of(MARATHON))).isEmpty();
		assertThat(rule.warnAbout(RACE.minusDays(2), modality, List.of(MARATHON))).isEmpty();
	}

	@Test
	void theWindowIsConfigurable() {
		NoDeepWorkInRaceWindow tenDays = new NoDeepWorkInRaceWindow(10);
		assertThat(tenDays.days()).isEqualTo(10);
		assertThat(tenDays.forbids(RACE.minusDays(10), Modality.DEEP_TISSUE, List.of(MARATHON)))
			.hasValueSatisfying(reason -> assertThat(reason.text())
				.isEqualTo("No deep work in the 10 days before Riverside Marathon."));
		assertThat(tenDays.forbids(RACE.minusDays(11), Modality.DEEP_TISSUE, List.of(MARATHON))).isEmpty();
	}

	@Test
	void warnsAboutADeepMassageAlreadyBookedInsideTheWindow() {
		assertThat(rule.warnAbout(RACE.minusDays(2), Modality.DEEP_TISSUE, List.of(MARATHON)))
			.hasValueSatisfying(warning -> {
				assertThat(warning.rule()).isEqualTo("TIME-RACE-WINDOW");
				assertThat(warning.text()).isEqualTo("Your deep tissue massage on Friday 24 April is inside the last 7 "
						+ "days before Riverside Marathon. Consider moving it or asking for light pressure.");
			});
		assertThat(rule.warnAbout(RACE.minusDays(8), Modality.DEEP_TISSUE, List.of(MARATHON))).isEmpty();
	}

	@Test
	void theTaperBeforeAnAMarathonIsTenDaysAndBeforeAnAHalfSeven() {
		RaceDay marathon = new RaceDay(RACE, "Riverside Marathon", RacePriority.A, 42_195.0);
		RaceDay half = new RaceDay(RACE, "Riverside Half", RacePriority.A, 21_097.5);
		RaceDay bMarathon = new RaceDay(RACE, "Training Marathon", RacePriority.B, 42_195.0);

		assertThat(rule.daysBefore(marathon)).isEqualTo(10);
		assertThat(rule.daysBefore(half)).isEqualTo(7);
		assertThat(rule.daysBefore(bMarathon)).as("a B race keeps the window").isEqualTo(7);
		assertThat(rule.daysBefore(MARATHON)).as("distance unknown").isEqualTo(7);
		assertThat(rule.forbids(RACE.minusDays(10), Modality.DEEP_TISSUE, List.of(marathon))).hasValueSatisfying(
				reason -> assertThat(reason.text()).isEqualTo("No deep work in the 10 days before Riverside Marathon."));
		assertThat(rule.forbids(RACE.minusDays(11), Modality.DEEP_TISSUE, List.of(marathon))).isEmpty();
		assertThat(rule.forbids(RACE.minusDays(8), Modality.ART, List.of(half))).isEmpty();
	}

	@Test
	void inTheTaperNothingFirmOrDeep() {
		RaceDay marathon = new RaceDay(RACE, "Riverside Marathon", RacePriority.A, 42_195.0);
		TreatmentChoice deep = new TreatmentChoice(Modality.DEEP_TISSUE, Pressure.DEEP, List.of(), List.of(), List.of());
		TreatmentChoice firmSports = new TreatmentChoice(Modality.SPORTS, Pressure.FIRM, List.of(), List.of(),
				List.of());

		assertThat(rule.limit(RACE.minusDays(9), deep, List.of(marathon))).satisfies(limited -> {
			assertThat(limited.modality()).isEqualTo(Modality.SPORTS);
			assertThat(limited.pressure()).isEqualTo(Pressure.MEDIUM);
			assertThat(limited.reasons()).isEmpty();
			assertThat(limited.adjustments()).extracting(Adjustment::text)
				.containsExactly("Nothing firm or deep in the last 10 days before Riverside Marathon: your taper.");
		});
		assertThat(rule.limit(RACE.minusDays(9), firmSports, List.of(marathon)).pressure()).isEqualTo(Pressure.MEDIUM);
		assertThat(rule.limit(RACE.minusDays(11), deep, List.of(marathon))).isSameAs(deep);
		assertThat(rule.limit(RACE.minusDays(9), deep, List.of(MARATHON))).as("distance unknown: no taper")
			.isSameAs(deep);
	}

	@Test
	void lightPressureOnlyForSevenDaysAfterAnARaceOfAHalfOrMore() {
		RaceDay half = new RaceDay(RACE, "Riverside Half", RacePriority.A, 21_097.5);
		RaceDay tenK = new RaceDay(RACE, "Riverside 10k", RacePriority.A, 10_000.0);
		TreatmentChoice deep = new TreatmentChoice(Modality.DEEP_TISSUE, Pressure.FIRM, List.of(), List.of(), List.of());

		for (int after = 1; after <= 7; after++) {
			assertThat(rule.limit(RACE.plusDays(after), deep, List.of(half))).as("%d days after", after)
				.satisfies(limited -> {
					assertThat(limited.modality()).isEqualTo(Modality.SPORTS);
					assertThat(limited.pressure()).isEqualTo(Pressure.LIGHT);
					assertThat(limited.reasons()).isEmpty();
					assertThat(limited.adjustments()).extracting(Adjustment::text).containsExactly(
							"Light pressure only, and nothing deep, in the week after Riverside Half, while you recover.");
				});
		}
		assertThat(rule.limit(RACE.plusDays(8), deep, List.of(half))).isSameAs(deep);
		assertThat(rule.limit(RACE.plusDays(2), deep, List.of(tenK))).isSameAs(deep);
	}

}
