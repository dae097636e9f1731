package io.runrub.planner.rules;

/** FREQ-MONTHLY-MIN: training three to four times a week → at least one massage a month. */
public final class MonthlyMinimum implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("FREQ-MONTHLY-MIN", "S0", EvidenceGrade.NONE,
			"Training three to four times a week: at least one massage a month.",
			"At a minimum, get at least one massage per month if you train three to four times a week.",
			"No study has set how often runners should have massage; this is practice, not evidence.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public boolean applies(int trainingDaysPerWeek) {
		return trainingDaysPerWeek >= 3;
	}

	public Reason reason(int trainingDaysPerWeek) {
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-MONTHLY-MIN.reason", trainingDaysPerWeek));
	}

}
