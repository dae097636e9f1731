package io.runrub.planner.rules;

/** FREQ-BOOK-AHEAD: plan and book the whole training block in advance. */
public final class BookAhead implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("FREQ-BOOK-AHEAD", "S1", EvidenceGrade.NOT_GRADED,
			"Plan and book the massages of the whole training block in advance.",
			"When you are building your training programme, identify opportunities to book your massages - and book "
					+ "them in advance.",
			"Practical advice: booking ahead gets you the days that suit your training.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public Reason reason() {
		return INFO.reason(RuleTexts.text("planner.rule.FREQ-BOOK-AHEAD.reason"));
	}

}
