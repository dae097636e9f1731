package io.runrub.care.homework;

/** The kinds of self-care in the library (S1: dynamic stretches to warm up, static ones to cool down). */
public enum ExerciseKind {

	WARM_UP("Dynamic warm-up"), COOL_DOWN("Static cool-down stretch"), FOAM_ROLLING("Foam rolling"),
	MOBILITY("Mobility");

	private final String label;

	ExerciseKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
