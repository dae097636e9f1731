package io.runrub.care.homework;

/** Why homework was not done, or only partly (S1: "Could you not remember how it should feel, or … too time consuming?"). */
public enum MissedReason {

	FORGOT_HOW_IT_SHOULD_FEEL("couldn't remember how it should feel"), TOO_TIME_CONSUMING("too time-consuming"),
	IT_HURT("it hurt"), OTHER("other");

	private final String label;

	MissedReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
