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

	public Optional<Warning> check(List<String> restrictions) {
		if (restrictions.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(INFO.warning("Because of " + String.join("; ", restrictions)
				+ ", your massages are planned at light pressure without deep tissue or ART, and your therapist sees "
				+ "your answers. Check with your doctor where needed."));
	}

	public TreatmentChoice apply(TreatmentChoice choice, boolean restricted) {
		if (!restricted) {
			return choice;
		}
		Modality modality = choice.isDeep() ? Modality.SWEDISH : choice.modality();
		return choice.with(modality, Pressure.LIGHT,
				INFO.reason("Light pressure only, because of your health answers."));
	}

}
