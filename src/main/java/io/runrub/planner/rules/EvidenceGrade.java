package io.runrub.planner.rules;

/** How well the research supports a rule (see evidence.md). Shown beside every reason. */
public enum EvidenceGrade {

	MODERATE("moderate"), WEAK("weak"), CONTRADICTED("contradicted"), NONE("no evidence"), NOT_GRADED("not graded");

	private final String label;

	EvidenceGrade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
