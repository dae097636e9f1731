package io.runrub.planner.rules;

import java.util.Optional;

/**
 * CARE-ADAPT: check-ins dominated by "couldn't remember how it should feel" or "too time-consuming" → suggest a
 * clearer or shorter version.
 */
public final class AdaptHomeworkThatDoesNotFit implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("CARE-ADAPT", "S1", EvidenceGrade.NOT_GRADED,
			"When homework keeps being skipped because it takes too long or it is unclear how it should feel, make "
					+ "it shorter or clearer.",
			"Could you not remember how it should feel, or have they given you something too time consuming? It "
					+ "might be that this information will help them develop something more memorable or shorter.",
			"Good practice: homework that fits gets done.");

	/** Dominates: at least two check-ins, and at least half of those missed or partly done. */
	public static final int AT_LEAST = 2;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/**
	 * @param missed check-ins not done or partly done
	 * @param forgotHowItShouldFeel of those, how many because the runner could not remember how it should feel
	 * @param tooTimeConsuming of those, how many because it took too long
	 */
	public Optional<Reason> evaluate(String exercise, int missed, int forgotHowItShouldFeel, int tooTimeConsuming) {
		if (missed == 0) {
			return Optional.empty();
		}
		if (tooTimeConsuming >= AT_LEAST && tooTimeConsuming * 2 >= missed
				&& tooTimeConsuming >= forgotHowItShouldFeel) {
			return Optional.of(INFO.reason("\"%s\" was too time-consuming in %d of %d missed check-ins: try a shorter version."
				.formatted(exercise, tooTimeConsuming, missed)));
		}
		if (forgotHowItShouldFeel >= AT_LEAST && forgotHowItShouldFeel * 2 >= missed) {
			return Optional.of(INFO.reason("In %d of %d missed check-ins of \"%s\" you could not remember how it should feel: ask for a clearer version, or a demonstration."
				.formatted(forgotHowItShouldFeel, missed, exercise)));
		}
		return Optional.empty();
	}

}
