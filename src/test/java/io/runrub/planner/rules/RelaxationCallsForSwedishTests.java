package io.runrub.planner.rules;

import java.util.Set;

import io.runrub.runners.Goal;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TYPE-RELAX-SWEDISH: a relaxation goal, or the pre-race massage → Swedish. */
class RelaxationCallsForSwedishTests {

	final RelaxationCallsForSwedish rule = new RelaxationCallsForSwedish();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(RelaxationCallsForSwedish.INFO);
		assertThat(rule.id()).isEqualTo("TYPE-RELAX-SWEDISH");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.MODERATE);
		assertThat(rule.info().evidenceNote()).isEqualTo("Reliably reduces short-term anxiety and tension.");
	}

	@Test
	void aRelaxationGoalCallsForASwedishMassageThatIsNotDeep() {
		assertThat(rule.choose(Set.of(Goal.RELAXATION, Goal.MAINTENANCE))).hasValueSatisfying(choice -> {
			assertThat(choice.modality()).isEqualTo(Modality.SWEDISH);
			assertThat(choice.isDeep()).isFalse();
			assertThat(choice.pressure()).isLessThanOrEqualTo(Pressure.MEDIUM);
			assertThat(choice.focusAreas()).isEmpty();
			assertThat(choice.warnings()).isEmpty();
			assertThat(choice.reasons()).singleElement().satisfies(reason -> {
				assertThat(reason.rule()).isEqualTo("TYPE-RELAX-SWEDISH");
				assertThat(reason.evidence()).isEqualTo(EvidenceGrade.MODERATE);
				assertThat(reason.text()).isEqualTo(
						"Swedish massage for relaxation, as you asked: it reliably eases tension for a while.");
			});
		});
	}

	@Test
	void otherGoalsDoNotCallForSwedish() {
		assertThat(rule.choose(Set.of(Goal.MAINTENANCE))).isEmpty();
		assertThat(rule.choose(Set.of(Goal.PROBLEM_AREA))).isEmpty();
		assertThat(rule.choose(Set.of())).isEmpty();
	}

	@Test
	void thePreRaceMassageIsSwedishToRelaxWithoutPromisingSpeed() {
		Reason reason = rule.beforeRace();
		assertThat(reason.rule()).isEqualTo("TYPE-RELAX-SWEDISH");
		assertThat(reason.evidence()).isEqualTo(EvidenceGrade.MODERATE);
		assertThat(reason.text())
			.isEqualTo("Swedish massage before a race: superficial, to relax you without stressing the muscles.");
	}

}
