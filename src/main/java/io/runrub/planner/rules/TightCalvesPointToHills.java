package io.runrub.planner.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * CARE-CALF-HILLS: calves tight in most recent sessions → check hill volume and toe push-off in the runner's training
 * data, and say what it shows — both ways: a tightness with no rise in hills is said too.
 */
public final class TightCalvesPointToHills implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("CARE-CALF-HILLS", "S1", EvidenceGrade.WEAK,
			"Calves tight in most recent sessions: look at hill work in your training and at toe push-off.",
			"Perhaps you are having consistently tight calves, which might suggest you are adding too much hill work "
					+ "or push heavily off from your toes in your running technique.",
			"Hills and forefoot running load the calves more; tightness is not a proven sign of either.");

	/** "Most": at least 3 of the last 4 notes. */
	public static final int TIGHT_NOTES = 3;

	public static final int OF_NOTES = 4;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/**
	 * @param tightNotes of the last notes (at most {@link #OF_NOTES}), how many found the calves tight
	 * @param notes how many notes there were
	 * @param recentHillSessions hill sessions in the three weeks before the latest note
	 * @param usualHillSessions the runner's usual number in three weeks
	 * @param recentClimbMeters elevation gain in those three weeks
	 * @param usualClimbMeters the usual elevation gain in three weeks
	 */
	public Optional<Reason> evaluate(int tightNotes, int notes, int recentHillSessions, double usualHillSessions,
			double recentClimbMeters, double usualClimbMeters) {
		if (tightNotes < TIGHT_NOTES) {
			return Optional.empty();
		}
		boolean moreHills = recentHillSessions > usualHillSessions;
		boolean moreClimb = recentClimbMeters > usualClimbMeters * 1.1;
		String found = "Your calves were tight in %d of your last %d treatment notes.".formatted(tightNotes, notes);
		String training = String.format(Locale.UK,
				" In the three weeks before, you ran %d hill session%s and climbed %.0f m, against your usual %.1f and %.0f m.",
				recentHillSessions, recentHillSessions == 1 ? "" : "s", recentClimbMeters, usualHillSessions,
				usualClimbMeters);
		String meaning = moreHills || moreClimb
				? " More hill work than usual loads the calves; consider easing it, and ask your therapist to look at your toe push-off."
				: " That is no more hill work than usual, so hills are an unlikely cause; ask your therapist to look at your toe push-off.";
		return Optional.of(INFO.reason(found + training + meaning));
	}

	/**
	 * The same finding when the runner has recorded no earlier training to compare with: the recent weeks are stated,
	 * and no comparison is made up (an empty history would make any hill session look "more than usual").
	 */
	public Optional<Reason> evaluateWithoutNorm(int tightNotes, int notes, int recentHillSessions,
			double recentClimbMeters) {
		if (tightNotes < TIGHT_NOTES) {
			return Optional.empty();
		}
		return Optional.of(INFO.reason(String.format(java.util.Locale.UK, "Your calves were tight in %d of your last %d "
				+ "treatment notes. In the three weeks before, you ran %d hill session%s and climbed %.0f m; RunRub has no "
				+ "earlier training of yours to compare that with. Ask your therapist to look at your toe push-off too.",
				tightNotes, notes, recentHillSessions, recentHillSessions == 1 ? "" : "s", recentClimbMeters)));
	}

	/** The same finding when no training at all is recorded for those weeks: it says so instead of guessing. */
	public Optional<Reason> evaluateWithoutTraining(int tightNotes, int notes) {
		if (tightNotes < TIGHT_NOTES) {
			return Optional.empty();
		}
		return Optional.of(INFO.reason(("Your calves were tight in %d of your last %d treatment notes. RunRub has no "
				+ "training of yours recorded for the weeks before, so it cannot check your hill work: add or import "
				+ "your runs, and ask your therapist to look at your toe push-off.").formatted(tightNotes, notes)));
	}

}
