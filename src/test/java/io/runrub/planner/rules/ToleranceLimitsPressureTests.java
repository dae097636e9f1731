package io.runrub.planner.rules;

import java.util.List;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TYPE-TOLERANCE: tolerance below firm (light, medium) → never deep tissue or ART from the planner; deep work always
 * comes with "expect discomfort".
 */
class ToleranceLimitsPressureTests {

	static final Reason EARLIER = new Reason("TYPE-AREA-DEEP", "Deep tissue work where you feel knots (calves).",
			EvidenceGrade.WEAK);

	/** A reason about the day: it argues for no kind of massage, so it stays whatever the massage becomes. */
	static final Reason DAY = new Reason("TIME-AFTER-HARD", "The day after your long run.", EvidenceGrade.WEAK);

	final ToleranceLimitsPressure rule = new ToleranceLimitsPressure();

	static TreatmentChoice choice(Modality modality, Pressure pressure) {
		return new TreatmentChoice(modality, pressure, List.of(BodyArea.CALVES),
				List.of(modality.isDeep() ? EARLIER.arguingFor(modality) : EARLIER, DAY), List.of());
	}

	static boolean warnsOfDiscomfort(TreatmentChoice choice) {
		return choice.reasons()
			.stream()
			.anyMatch(reason -> reason.rule().equals("TYPE-TOLERANCE")
					&& reason.text().startsWith("Expect some discomfort"));
	}

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(ToleranceLimitsPressure.INFO);
		assertThat(rule.id()).isEqualTo("TYPE-TOLERANCE");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
	}

	@ParameterizedTest
	@EnumSource(value = Pressure.class, names = { "LIGHT", "MEDIUM" })
	void belowFirmDeepTissueBecomesASportsMassageWithinTheTolerance(Pressure tolerance) {
		TreatmentChoice result = rule.apply(choice(Modality.DEEP_TISSUE, Pressure.FIRM), tolerance);
		assertThat(result.modality()).isEqualTo(Modality.SPORTS);
		assertThat(result.isDeep()).isFalse();
		assertThat(result.pressure()).isLessThanOrEqualTo(tolerance);
		assertThat(result.focusAreas()).containsExactly(BodyArea.CALVES);
		assertThat(result.reasons()).as("the reason for deep tissue goes with it").containsExactly(DAY);
		assertThat(result.adjustments()).singleElement().satisfies(adjustment -> {
			assertThat(adjustment.rule()).isEqualTo("TYPE-TOLERANCE");
			assertThat(adjustment.text()).isEqualTo("You prefer " + tolerance.name().toLowerCase(java.util.Locale.UK)
					+ " pressure, so a sports massage instead of deep tissue massage.");
		});
		assertThat(warnsOfDiscomfort(result)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Pressure.class, names = { "LIGHT", "MEDIUM" })
	void belowFirmArtBecomesASportsMassageToo(Pressure tolerance) {
		TreatmentChoice result = rule.apply(choice(Modality.ART, Pressure.FIRM), tolerance);
		assertThat(result.modality()).isEqualTo(Modality.SPORTS);
		assertThat(result.pressure()).isLessThanOrEqualTo(tolerance);
		assertThat(result.adjustments()).singleElement()
			.extracting(Adjustment::text)
			.isEqualTo("You prefer " + tolerance.name().toLowerCase(java.util.Locale.UK)
					+ " pressure, so a sports massage instead of Active Release Technique.");
	}

	@ParameterizedTest
	@EnumSource(value = Pressure.class, names = { "FIRM", "DEEP" })
	void atFirmOrDeepDeepWorkStaysAndAlwaysWarnsOfDiscomfort(Pressure tolerance) {
		for (Modality deep : List.of(Modality.DEEP_TISSUE, Modality.ART)) {
			TreatmentChoice result = rule.apply(choice(deep, Pressure.FIRM), tolerance);
			assertThat(result.modality()).as("%s at %s", deep, tolerance).isEqualTo(deep);
			assertThat(result.pressure()).isLessThanOrEqualTo(tolerance);
			assertThat(result.focusAreas()).containsExactly(BodyArea.CALVES);
			assertThat(result.reasons()).first().extracting(Reason::text).isEqualTo(EARLIER.text());
			assertThat(warnsOfDiscomfort(result)).as("%s at %s", deep, tolerance).isTrue();
			assertThat(result.reasons()).last()
				.extracting(Reason::text)
				.isEqualTo("Expect some discomfort: deep work is firm, and about 1 in 10 people feel sore the next day.");
		}
	}

	@Test
	void firmToleranceCapsDeepPressure() {
		assertThat(rule.apply(choice(Modality.DEEP_TISSUE, Pressure.DEEP), Pressure.FIRM).pressure())
			.isEqualTo(Pressure.FIRM);
	}

	@ParameterizedTest
	@EnumSource(value = Modality.class, names = { "SWEDISH", "SPORTS", "MOVEMENT_ASSESSMENT" })
	void otherTreatmentsKeepTheirKindWithPressureCappedAndNoDiscomfortWarning(Modality modality) {
		for (Pressure tolerance : Pressure.values()) {
			TreatmentChoice result = rule.apply(choice(modality, Pressure.FIRM), tolerance);
			assertThat(result.modality()).isEqualTo(modality);
			assertThat(result.pressure()).isEqualTo(Pressure.FIRM.atMost(tolerance));
			assertThat(result.reasons()).containsExactly(EARLIER, DAY);
			if (tolerance.isBelow(Pressure.FIRM)) {
				assertThat(result.adjustments()).extracting(Adjustment::text)
					.containsExactly((tolerance == Pressure.LIGHT ? "Light" : "Medium")
							+ " pressure rather than firm, as you prefer.");
			}
			else {
				assertThat(result.adjustments()).isEmpty();
			}
		}
	}

}
