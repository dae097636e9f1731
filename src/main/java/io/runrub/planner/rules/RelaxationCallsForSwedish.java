package io.runrub.planner.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.runrub.runners.Goal;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/** TYPE-RELAX-SWEDISH: stress, general tension, a relaxation goal, or the pre-race window → Swedish massage. */
public final class RelaxationCallsForSwedish implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TYPE-RELAX-SWEDISH", "S0", EvidenceGrade.MODERATE,
			"For relaxation, general tension or just before a race: Swedish massage.",
			"Swedish massage can help reduce muscle tension, lower your stress level, and improve relaxation. It's "
					+ "also great to get just before a race.",
			"Reliably reduces short-term anxiety and tension.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public Optional<TreatmentChoice> choose(Set<Goal> goals) {
		if (!goals.contains(Goal.RELAXATION)) {
			return Optional.empty();
		}
		return Optional.of(new TreatmentChoice(Modality.SWEDISH, Pressure.MEDIUM, List.of(),
				List.of(INFO.reason(RuleTexts.text("planner.rule.TYPE-RELAX-SWEDISH.reason"))
					.arguingFor(Modality.SWEDISH)),
				List.of()));
	}

	/** The pre-race massage. */
	public Reason beforeRace() {
		return INFO.reason(RuleTexts.text("planner.rule.TYPE-RELAX-SWEDISH.beforeRace"))
			.arguingFor(Modality.SWEDISH)
			.arguingForPressure(Pressure.LIGHT);
	}

}
