package io.runrub.planner.rules;

import java.util.List;
import java.util.Optional;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * SAFE-RESTRICT: blood thinners, pregnancy, recent surgery, cancer treatment, osteoporosis, varicose veins, skin or
 * heart conditions, reduced sensation → light pressure only, no deep tissue or ART, and the therapist is told.
 */
public final class RestrictionsLimitTreatment implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("SAFE-RESTRICT", "—", EvidenceGrade.NOT_GRADED,
			"Some health answers mean light pressure only, no deep work, and a clinician's OK where needed.",
			"—", "Professional practice; published contraindication lists disagree.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** @param restrictions the ids of the health questions answered "yes" (e.g. BLOOD_THINNERS) */
	public Optional<Warning> check(List<String> restrictions) {
		if (restrictions.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(INFO.warning(RuleTexts.text("planner.rule.SAFE-RESTRICT.warning",
				HealthAnswers.clause(restrictions))));
	}

	/**
	 * Light pressure, and a light Swedish massage instead of deep work. When that changes the massage, it is an
	 * adjustment (the reasons for the deep work go); when the massage was light already, a reason for its pressure.
	 */
	public TreatmentChoice apply(TreatmentChoice choice, boolean restricted) {
		if (!restricted) {
			return choice;
		}
		if (choice.isDeep()) {
			return choice.swap(Modality.SWEDISH, Pressure.LIGHT, INFO.adjustment(
					RuleTexts.text("planner.rule.SAFE-RESTRICT.swap", TreatmentChoice.named(choice.modality()))));
		}
		if (choice.pressure() != Pressure.LIGHT) {
			return choice.swap(choice.modality(), Pressure.LIGHT,
					INFO.adjustment(RuleTexts.text("planner.rule.SAFE-RESTRICT.light")));
		}
		return choice.withReason(INFO.reason(RuleTexts.text("planner.rule.SAFE-RESTRICT.light"))
			.arguingForPressure(Pressure.LIGHT));
	}

}
