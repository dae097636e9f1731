package io.runrub.planner.rules;

/**
 * A rule of the catalogue as the Evidence page shows it.
 * @param id the catalogue id, e.g. TIME-BEFORE-RACE
 * @param sources S0 ("Massage for Runners: The What, When and How"), S1 ("Top Massage Tips for Runners"), as
 * the Evidence page names them
 * @param rule the rule in a plain sentence
 * @param sourceSentence what the source says
 * @param evidenceNote what the research says, as honestly as evidence.md puts it
 */
public record RuleInfo(String id, String sources, EvidenceGrade grade, String rule, String sourceSentence,
		String evidenceNote) {

	public Reason reason(String text) {
		return new Reason(id, text, grade);
	}

	public Adjustment adjustment(String text) {
		return new Adjustment(id, text);
	}

	public Warning warning(String text) {
		return new Warning(id, text);
	}

}
