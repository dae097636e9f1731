package io.runrub.planner.rules;

import java.util.Locale;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * TYPE-TOLERANCE: pressure tolerance below firm → never deep tissue or ART unless the runner asks; always warn
 * "expect discomfort" for deep work. The planner never asks on the runner's behalf, so below firm it never plans
 * deep work; a runner who wants it books it themselves.
 *
 * <p>
 * Swapping deep work for a sports massage, or easing the pressure, is an {@link Adjustment}: the reasons that argued
 * for the deep work go, and the adjustment says what changed.
 */
public final class ToleranceLimitsPressure implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TYPE-TOLERANCE", "S0", EvidenceGrade.WEAK,
			"Below firm pressure tolerance, no deep tissue or ART unless you ask; deep work always comes with a "
					+ "warning to expect discomfort.",
			"You should brace for discomfort when getting a deep tissue massage.",
			"Deeper is not shown to be better; about 1 in 10 people feel sore the next day.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public TreatmentChoice apply(TreatmentChoice choice, Pressure tolerance) {
		if (choice.isDeep() && tolerance.isBelow(Pressure.FIRM)) {
			return choice.swap(Modality.SPORTS, Pressure.MEDIUM.atMost(tolerance),
					INFO.adjustment(RuleTexts.text("planner.rule.TYPE-TOLERANCE.swap", word(tolerance),
							TreatmentChoice.named(choice.modality()))));
		}
		TreatmentChoice capped = choice;
		if (tolerance.isBelow(choice.pressure())) {
			capped = choice.swap(choice.modality(), tolerance, INFO.adjustment(RuleTexts.text(
					"planner.rule.TYPE-TOLERANCE.lighter", capitalised(word(tolerance)), word(choice.pressure()))));
		}
		if (capped.isDeep()) {
			Pressure pressure = capped.modality() == Modality.DEEP_TISSUE && tolerance == Pressure.DEEP ? Pressure.DEEP
					: capped.pressure();
			return capped.withPressure(pressure)
				.withReason(INFO.reason(RuleTexts.text("planner.rule.TYPE-TOLERANCE.discomfort"))
					.arguingFor(Modality.DEEP_TISSUE, Modality.ART)
					.arguingForPressure(Pressure.FIRM, Pressure.DEEP));
		}
		return capped;
	}

	/** The pressure as a word in a sentence. */
	static String word(Pressure pressure) {
		return switch (pressure) {
			case LIGHT -> "light";
			case MEDIUM -> "medium";
			case FIRM -> "firm";
			case DEEP -> "deep";
		};
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
