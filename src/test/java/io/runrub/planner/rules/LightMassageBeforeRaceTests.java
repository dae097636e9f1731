package io.runrub.planner.rules;

import java.time.LocalDate;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TIME-BEFORE-RACE: a light massage two to three days before a race. */
class LightMassageBeforeRaceTests {

	static final RaceDay MARATHON = new RaceDay(LocalDate.of(2026, 4, 26), "Riverside Marathon", RacePriority.A);

	final LightMassageBeforeRace rule = new LightMassageBeforeRace();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(LightMassageBeforeRace.INFO);
		assertThat(rule.id()).isEqualTo("TIME-BEFORE-RACE");
		assertThat(rule.info().sources()).isEqualTo("S0, S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
	}

	@Test
	void offersThreeThenTwoDaysBeforeTheRaceAndNoOtherDay() {
		assertThat(rule.days(MARATHON)).containsExactly(LocalDate.of(2026, 4, 23), LocalDate.of(2026, 4, 24))
			.doesNotContain(MARATHON.date().minusDays(1), MARATHON.date().minusDays(4), MARATHON.date());
	}

	@Test
	void isALightSwedishMassage() {
		assertThat(LightMassageBeforeRace.MODALITY).isEqualTo(Modality.SWEDISH);
		assertThat(LightMassageBeforeRace.PRESSURE).isEqualTo(Pressure.LIGHT);
	}

	@Test
	void saysHowManyDaysBeforeWhichRaceAndThatNothingIsDeep() {
		Reason three = rule.reason(MARATHON, MARATHON.date().minusDays(3));
		assertThat(three.rule()).isEqualTo("TIME-BEFORE-RACE");
		assertThat(three.evidence()).isEqualTo(EvidenceGrade.WEAK);
		assertThat(three.text())
			.isEqualTo("3 days before Riverside Marathon: a light Swedish massage to relax, nothing deep.");
		assertThat(rule.reason(MARATHON, MARATHON.date().minusDays(2)).text())
			.isEqualTo("2 days before Riverside Marathon: a light Swedish massage to relax, nothing deep.");
	}

	@Test
	void promisesNoSpeedOnlyRelaxation() {
		assertThat(rule.info().evidenceNote()).contains("Won't make you faster").contains("warm-up");
		assertThat(rule.reason(MARATHON, MARATHON.date().minusDays(3)).text()).doesNotContainIgnoringCase("faster");
	}

}
