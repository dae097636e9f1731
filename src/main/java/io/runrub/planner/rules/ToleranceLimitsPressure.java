package io.runrub.planner.rules;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * TYPE-TOLERANCE: pressure tolerance below firm → never deep tissue or ART unless the runner asks; always warn
 * "expect discomfort" for deep work. The planner never asks on the runner's behalf, so below firm it never plans
 * deep work; a runner who wants it books it themselves.
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
			return choice.with(Modality.SPORTS, Pressure.MEDIUM.atMost(tolerance),
					INFO.reason("You prefer %s pressure, so a sports massage instead of %s."
						.formatted(tolerance.name().toLowerCase(java.util.Locale.UK),
								choice.modality().displayName().toLowerCase(java.util.Locale.UK))));
		}
		TreatmentChoice capped = new TreatmentChoice(choice.modality(), choice.pressure().atMost(tolerance),
				choice.focusAreas(), choice.reasons(), choice.warnings());
		if (capped.isDeep()) {
			Pressure pressure = capped.modality() == Modality.DEEP_TISSUE && tolerance == Pressure.DEEP ? Pressure.DEEP
					: capped.pressure();
			return new TreatmentChoice(capped.modality(), pressure, capped.focusAreas(), capped.reasons(),
					capped.warnings())
				.withReason(INFO.reason("Expect some discomfort: deep work is firm, and about 1 in 10 people feel "
						+ "sore the next day."));
		}
		return capped;
	}

}
