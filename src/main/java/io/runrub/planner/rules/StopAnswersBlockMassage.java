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
	 * After a marathon or an ultra (a race or session of a marathon or more, or {@value #LONG_EFFORT_MINUTES}
	 * minutes or more), the next massage asks the health questions' post-effort item again: dark urine or severe
	 * muscle weakness since the effort means no massage.
	 * @param what a few words for the effort, e.g. "your 5-hour run on Sunday 3 May"
	 */
	public Reason askAgainAfter(String what) {
		return INFO.reason(("Before this massage, after %s, we ask again: have you had dark (brown or cola-coloured) "
				+ "urine or severe muscle weakness since? If so, no massage: see a doctor.").formatted(what));
	}

	public Warning askAgainAfterWarning(String what, String massageDay) {
		return INFO.warning(("After %s, before your massage on %s: if you have had dark (brown or cola-coloured) urine "
				+ "or severe muscle weakness since, do not have the massage and see a doctor.").formatted(what,
						massageDay));
	}

	/** A completed effort this long counts as a marathon or an ultra. */
	public static final int LONG_EFFORT_MINUTES = 210;

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
