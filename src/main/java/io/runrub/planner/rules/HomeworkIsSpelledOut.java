package io.runrub.planner.rules;

/** CARE-HOMEWORK: homework has instructions, "how it should feel", a dosage and minutes. */
public final class HomeworkIsSpelledOut implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("CARE-HOMEWORK", "S1", EvidenceGrade.NOT_GRADED,
			"Homework comes with instructions, how it should feel, a dosage and the minutes it takes.",
			"If your massage practitioner gives you 'homework' or after care, this is not because they feel they "
					+ "ought to, but because they believe that their tips can make a difference.",
			"Good practice: clear homework is easier to do.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public boolean isComplete(String instructions, String howItShouldFeel, String dosage, int minutes) {
		return !blank(instructions) && !blank(howItShouldFeel) && !blank(dosage) && minutes > 0;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
