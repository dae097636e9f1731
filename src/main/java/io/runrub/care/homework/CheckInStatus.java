package io.runrub.care.homework;

/** How the homework went. */
public enum CheckInStatus {

	DONE("done"), PARTLY("partly done"), NOT_DONE("not done");

	private final String label;

	CheckInStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
