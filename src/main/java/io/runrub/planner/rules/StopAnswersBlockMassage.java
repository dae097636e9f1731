package io.runrub.planner.rules;

import java.util.List;
import java.util.Optional;

/**
 * SAFE-STOP: a suspected clot, chest pain, fever, dark urine after a long effort, a fresh injury at the area or a
 * suspected fracture → no massage; advise medical care.
 */
public final class StopAnswersBlockMassage implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("SAFE-STOP", "—", EvidenceGrade.NOT_GRADED,
			"Some health answers mean no massage for now, and advice to get medical care.",
			"—",
			"Serious harm is rare, but case reports exist of clots travelling to the lungs after leg massage and of "
					+ "muscle breakdown after aggressive massage.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/**
	 * The warning that replaces every suggestion, when a stop answer was given.
	 * @param stopAnswers the ids of the health questions answered "yes" (e.g. BLOOD_CLOT)
	 */
	public Optional<Warning> check(List<String> stopAnswers) {
		if (stopAnswers.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(INFO.warning(RuleTexts.text("planner.rule.SAFE-STOP.warning",
				HealthAnswers.clause(stopAnswers))));
	}

}
