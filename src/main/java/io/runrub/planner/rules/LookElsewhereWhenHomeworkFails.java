package io.runrub.planner.rules;

import java.util.List;
import java.util.Optional;

/** CARE-ELSEWHERE: homework done but no improvement over 3 check-ins → the issue may be elsewhere — investigate. */
public final class LookElsewhereWhenHomeworkFails implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("CARE-ELSEWHERE", "S1", EvidenceGrade.NOT_GRADED,
			"Homework done but no improvement over three check-ins: the issue may be elsewhere, so investigate — a "
					+ "movement assessment is a good start.",
			"If your calf stretches aren't relieving your sore calves, it might be that there is an issue elsewhere "
					+ "they can investigate with you.",
			"Good practice.");

	public static final int CHECK_INS = 3;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/**
	 * @param lastChanges the "what changed" scores (0–10, higher is better) of the latest check-ins in which the
	 * homework was done, oldest first
	 */
	public Optional<Reason> evaluate(String exercise, List<Integer> lastChanges) {
		if (lastChanges.size() < CHECK_INS) {
			return Optional.empty();
		}
		List<Integer> last = lastChanges.subList(lastChanges.size() - CHECK_INS, lastChanges.size());
		boolean improving = false;
		for (int i = 1; i < last.size(); i++) {
			if (last.get(i) > last.get(0)) {
				improving = true;
			}
		}
		if (improving || last.get(last.size() - 1) >= 7) {
			return Optional.empty();
		}
		return Optional.of(INFO.reason(("You did \"%s\" in your last %d check-ins but the area has not improved: the "
				+ "issue may be elsewhere. A movement assessment can look for the cause.").formatted(exercise,
						CHECK_INS)));
	}

}
