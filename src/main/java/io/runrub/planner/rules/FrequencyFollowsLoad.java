package io.runrub.planner.rules;

import io.runrub.runners.Level;

/**
 * FREQ-SCALE-LOAD: more training → more often. Training days set the interval — monthly up to four days a week,
 * fortnightly from five (or from three for competitive runners), weekly in peak weeks of six or seven days.
 */
public final class FrequencyFollowsLoad implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("FREQ-SCALE-LOAD", "S0", EvidenceGrade.NONE,
			"The more you train, the more often: monthly, fortnightly, or weekly in peak weeks.",
			"Overall, the more you exercise, the more often you'll need a massage.",
			"No study has set how often runners should have massage; this is practice, not evidence.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** Days between massages. */
	public int intervalDays(int trainingDaysPerWeek, Level level, boolean peakWeek) {
		if (trainingDaysPerWeek >= 6 && peakWeek) {
			return 7;
		}
		if (trainingDaysPerWeek >= 5 || level == Level.COMPETITIVE && trainingDaysPerWeek >= 3) {
			return 14;
		}
		return 28;
	}

	public Reason reason(int trainingDaysPerWeek, int intervalDays) {
		String every = switch (intervalDays) {
			case 7 -> "every week in your peak weeks";
			case 14 -> "every two weeks";
			default -> "about once a month";
		};
		return INFO.reason("You train %d days a week: a massage %s.".formatted(trainingDaysPerWeek, every));
	}

	/** A spike in load: favour recovery massage over deep work. */
	public Warning spike() {
		return INFO.warning("Your training load has risen sharply (a spike in load). The plan favours lighter, "
				+ "recovery-style massage over deep work until it settles.");
	}

	public Reason spikeReason() {
		return INFO.reason("After a spike in your training load: a lighter massage instead of deep work.");
	}

}
