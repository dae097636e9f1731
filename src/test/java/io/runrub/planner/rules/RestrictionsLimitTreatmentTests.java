package io.runrub.planner.rules;

import java.util.List;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** SAFE-RESTRICT: a restriction answer → light pressure only, never deep tissue or ART, and the therapist is told. */
class RestrictionsLimitTreatmentTests {

	final RestrictionsLimitTreatment rule = new RestrictionsLimitTreatment();

	static TreatmentChoice choice(Modality modality, Pressure pressure) {
		return new TreatmentChoice(modality, pressure, List.of(BodyArea.CALVES), List.of(), List.of());
	}

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(RestrictionsLimitTreatment.INFO);
		assertThat(rule.id()).isEqualTo("SAFE-RESTRICT");
		assertThat(rule.info().sources()).isEqualTo("—");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(rule.info().evidenceNote()).contains("Professional practice");
	}

	@Test
	void withoutRestrictionsTheChoiceIsUnchanged() {
		TreatmentChoice deep = choice(Modality.DEEP_TISSUE, Pressure.DEEP);
		assertThat(rule.apply(deep, false)).isSameAs(deep);
		assertThat(rule.check(List.of())).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Modality.class)
	void aRestrictionMeansLightPressureAndNoDeepWork(Modality modality) {
		for (Pressure pressure : Pressure.values()) {
			TreatmentChoice result = rule.apply(choice(modality, pressure), true);
			assertThat(result.pressure()).as("%s at %s", modality, pressure).isEqualTo(Pressure.LIGHT);
			assertThat(result.modality()).isNotIn(Modality.DEEP_TISSUE, Modality.ART);
			assertThat(result.focusAreas()).containsExactly(BodyArea.CALVES);
			assertThat(result.reasons()).last().satisfies(reason -> {
				assertThat(reason.rule()).isEqualTo("SAFE-RESTRICT");
				assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
				assertThat(reason.text()).isEqualTo("Light pressure only, because of your health answers.");
			});
		}
	}

	@Test
	void deepWorkBecomesALightSwedishMassageAndLighterWorkKeepsItsKind() {
		assertThat(rule.apply(choice(Modality.DEEP_TISSUE, Pressure.FIRM), true).modality()).isEqualTo(Modality.SWEDISH);
		assertThat(rule.apply(choice(Modality.ART, Pressure.FIRM), true).modality()).isEqualTo(Modality.SWEDISH);
		assertThat(rule.apply(choice(Modality.SPORTS, Pressure.FIRM), true).modality()).isEqualTo(Modality.SPORTS);
	}

	@Test
	void theWarningNamesTheAnswersAndWhatTheyChange() {
		assertThat(rule.check(List.of("blood thinners", "pregnancy"))).hasValueSatisfying(warning -> {
			assertThat(warning.rule()).isEqualTo("SAFE-RESTRICT");
			assertThat(warning.text()).isEqualTo("Because of blood thinners; pregnancy, your massages are planned at "
					+ "light pressure without deep tissue or ART, and your therapist sees your answers. Check with "
					+ "your doctor where needed.");
		});
	}

}
