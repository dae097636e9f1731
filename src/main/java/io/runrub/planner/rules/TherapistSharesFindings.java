package io.runrub.planner.rules;

/** CARE-FEEDBACK: after each session the therapist records findings per body area and tells the runner. */
public final class TherapistSharesFindings implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("CARE-FEEDBACK", "S1", EvidenceGrade.NOT_GRADED,
			"After each session your therapist records what they find, area by area, and tells you.",
			"Any massage therapist worth their salt will be able to provide you with feedback about how they find "
					+ "you and what they notice in your tissues, which can help inform your training programme.",
			"Good practice; it gives you and your therapist a record to learn from.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

}
