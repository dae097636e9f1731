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
		return reason(trainingDaysPerWeek, intervalDays, false);
	}

	/**
	 * @param fromCalendar whether the training days were counted in the runner's training calendar (else they are
	 * the profile's)
	 */
	public Reason reason(int trainingDaysPerWeek, int intervalDays, boolean fromCalendar) {
		String every = RuleTexts.text(switch (intervalDays) {
			case 7 -> "planner.rule.FREQ-SCALE-LOAD.weekly";
			case 14 -> "planner.rule.FREQ-SCALE-LOAD.fortnightly";
			default -> "planner.rule.FREQ-SCALE-LOAD.monthly";
		});
		return INFO.reason(RuleTexts.text(fromCalendar ? "planner.rule.FREQ-SCALE-LOAD.calendar"
				: "planner.rule.FREQ-SCALE-LOAD.profile", trainingDaysPerWeek, every));
	}

	/**
	 * How far from its target day a massage may go: about a quarter of a weekly interval, a few days of a monthly
	 * one, so that "about once a month" stays about every four weeks.
	 */
	public int leeway(int intervalDays) {
		return intervalDays >= 28 ? 3 : intervalDays >= 14 ? 2 : 1;
	}

	/** A spike in load: favour recovery massage over deep work. */
	public Warning spike() {
		return INFO.warning(RuleTexts.text("planner.rule.FREQ-SCALE-LOAD.spike"));
	}

	public Reason spikeReason() {
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-SCALE-LOAD.spikeReason"));
	}

}
