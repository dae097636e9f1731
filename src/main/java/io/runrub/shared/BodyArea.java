package io.runrub.shared;

/** The body areas RunRub uses everywhere: complaints, treatment findings, body check-ins. */
public enum BodyArea {

	CALVES("Calves"), SHINS("Shins"), FEET("Feet and plantar fascia"), HAMSTRINGS("Hamstrings"), QUADS("Quads"),
	KNEES("Around the knee"), HIPS_GLUTES("Hips and glutes"), IT_BAND("IT band"), LOW_BACK("Low back"),
	SHOULDERS_NECK("Shoulders and neck"), OTHER("Other");

	private final String displayName;

	BodyArea(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}

	/** The name inside a sentence: lower case, but "IT band" keeps its capitals. */
	public String inSentence() {
		return this == IT_BAND ? displayName : displayName.toLowerCase(java.util.Locale.UK);
	}

}
