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
			if (modality.isDeep()) {
				assertThat(result.adjustments()).singleElement().satisfies(adjustment -> {
					assertThat(adjustment.rule()).isEqualTo("SAFE-RESTRICT");
					assertThat(adjustment.text()).isEqualTo("We chose a light Swedish massage instead of "
							+ (modality == Modality.ART ? "Active Release Technique" : "deep tissue massage")
							+ ": light pressure only, because of your health answers.");
				});
			}
			else if (pressure != Pressure.LIGHT) {
				assertThat(result.adjustments()).singleElement().satisfies(adjustment -> {
					assertThat(adjustment.rule()).isEqualTo("SAFE-RESTRICT");
					assertThat(adjustment.text()).isEqualTo("Light pressure only, because of your health answers.");
				});
			}
			else {
				assertThat(result.adjustments()).isEmpty();
				assertThat(result.reasons()).last().satisfies(reason -> {
					assertThat(reason.rule()).isEqualTo("SAFE-RESTRICT");
					assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
					assertThat(reason.text()).isEqualTo("Light pressure only, because of your health answers.");
					assertThat(reason.pressures()).containsExactly(Pressure.LIGHT);
				});
			}
		}
	}

	@Test
	void theReasonsForTheDeepWorkGoWhenItBecomesALightSwedishMassage() {
		Reason art = RestrictionsLimitTreatment.INFO.reason("Active Release Technique for your plantar fasciitis.")
			.arguingFor(Modality.ART);
		Reason day = RestrictionsLimitTreatment.INFO.reason("The day after your long run.");
		TreatmentChoice result = rule.apply(new TreatmentChoice(Modality.ART, Pressure.FIRM, List.of(BodyArea.FEET),
				List.of(day, art), List.of()), true);
		assertThat(result.reasons()).containsExactly(day);
	}

	@Test
	void deepWorkBecomesALightSwedishMassageAndLighterWorkKeepsItsKind() {
		assertThat(rule.apply(choice(Modality.DEEP_TISSUE, Pressure.FIRM), true).modality()).isEqualTo(Modality.SWEDISH);
		assertThat(rule.apply(choice(Modality.ART, Pressure.FIRM), true).modality()).isEqualTo(Modality.SWEDISH);
		assertThat(rule.apply(choice(Modality.SPORTS, Pressure.FIRM), true).modality()).isEqualTo(Modality.SPORTS);
	}

	@Test
	void theWarningNamesTheAnswersAndWhatTheyChange() {
		assertThat(rule.check(List.of("BLOOD_THINNERS", "PREGNANCY"))).hasValueSatisfying(warning -> {
			assertThat(warning.rule()).isEqualTo("SAFE-RESTRICT");
			assertThat(warning.text()).isEqualTo("Because you take blood thinners or have a bleeding disorder and you "
					+ "are pregnant, your massages are planned at light pressure, without deep tissue massage or "
					+ "Active Release Technique, and your therapist sees your answers. Check with your doctor where "
					+ "needed.");
		});
		io.runrub.runners.IntakeQuestions.all().forEach(question -> assertThat(rule.check(List.of(question.id())))
			.hasValueSatisfying(warning -> assertThat(warning.text()).as(question.id())
				.startsWith("Because you ")
				.doesNotContain(question.text())
				.doesNotContain("?")));
	}

}
