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
		String because = HealthAnswers.clause(restrictions);
		return Optional.of(INFO.warning("Because " + because + ", your massages are planned at light pressure, "
				+ "without deep tissue massage or Active Release Technique, and your therapist sees your answers. "
				+ "Check with your doctor where needed."));
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
					"We chose a light Swedish massage instead of %s: light pressure only, because of your health answers."
						.formatted(TreatmentChoice.named(choice.modality()))));
		}
		if (choice.pressure() != Pressure.LIGHT) {
			return choice.swap(choice.modality(), Pressure.LIGHT,
					INFO.adjustment("Light pressure only, because of your health answers."));
		}
		return choice.withReason(INFO.reason("Light pressure only, because of your health answers.")
			.arguingForPressure(Pressure.LIGHT));
	}

}
