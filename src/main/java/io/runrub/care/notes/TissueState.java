package io.runrub.care.notes;

/** What the therapist finds in an area's tissues. */
public enum TissueState {

	NORMAL("normal"), TIGHT("tight"), TENDER("tender"), KNOTTED("knotted"), SCAR_TISSUE("scar tissue");

	private final String label;

	TissueState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Tight, tender or knotted: what "the same area again" counts in the insights. */
	public boolean isTension() {
		return this == TIGHT || this == TENDER || this == KNOTTED;
	}

}
