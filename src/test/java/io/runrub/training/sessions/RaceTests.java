package io.runrub.training.sessions;

import java.time.LocalDate;

import io.runrub.shared.DomainException;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A race entered by hand needs a name and a sensible distance, and keeps where it came from when it changes. */
class RaceTests {

	static final LocalDate DAY = LocalDate.of(2026, 6, 7);

	static void refused(Runnable entering, String code) {
		assertThatThrownBy(entering::run).isInstanceOfSatisfying(DomainException.RuleViolation.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

	@Test
	void aRaceKeepsItsNameWithoutSurroundingBlanks() {
		Race race = Race.entered(null, 7, DAY, "  Riverside Marathon ", 42_195.0, RacePriority.A, "MANUAL", null);
		assertThat(race.name()).isEqualTo("Riverside Marathon");
	}

	@Test
	void aRaceNeedsANameADateAndAPriority() {
		refused(() -> Race.entered(null, 7, DAY, " ", null, RacePriority.A, "MANUAL", null), "race-without-name");
		refused(() -> Race.entered(null, 7, DAY, null, null, RacePriority.A, "MANUAL", null), "race-without-name");
		refused(() -> Race.entered(null, 7, null, "10K", null, RacePriority.A, "MANUAL", null), "race-without-date");
		refused(() -> Race.entered(null, 7, DAY, "10K", null, null, "MANUAL", null), "race-without-priority");
	}

	@Test
	void theDistanceIsNotNegativeNorBeyondAnyRace() {
		refused(() -> Race.entered(null, 7, DAY, "10K", -1.0, RacePriority.B, "MANUAL", null),
				"race-distance-out-of-range");
		refused(() -> Race.entered(null, 7, DAY, "10K", 1_000_001.0, RacePriority.B, "MANUAL", null),
				"race-distance-out-of-range");
	}

	@Test
	void aChangedRaceKeepsItsSource() {
		Race imported = Race.entered(3L, 7, DAY, "Parkrun", 5000.0, RacePriority.C, "ICS", "uid-1");
		Race moved = imported.changedTo(DAY.plusWeeks(1), "Parkrun", 5000.0, RacePriority.B);
		assertThat(moved.source()).isEqualTo("ICS");
		assertThat(moved.sourceKey()).isEqualTo("uid-1");
		assertThat(moved.raceDate()).isEqualTo(DAY.plusWeeks(1));
		assertThat(moved.id()).isEqualTo(3L);
	}

}
