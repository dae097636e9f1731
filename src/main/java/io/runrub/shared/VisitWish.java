package io.runrub.shared;

/**
 * What a runner may want from a visit besides the massage itself, and what a therapist offers beyond modalities
 * (source S1: "if you are wanting to talk running … John"; "to discuss how to develop your training programme … Mike").
 */
public enum VisitWish {

	/** Talk running during the massage. */
	TALK_RUNNING("Talk running", "talk running", "talks running"),
	/** Help with developing the training programme. */
	TRAINING_PROGRAMME("Help with my training programme", "get help with your training programme",
			"helps with training programmes"),
	/** Help with running technique or other forms of training. */
	TECHNIQUE("Help with my running technique", "get help with your running technique",
			"helps with running technique"),
	/** A quiet, relaxing session. */
	QUIET("A quiet, relaxing session", "have a quiet, relaxing session", "gives quiet, relaxing sessions");

	private final String displayName;

	private final String wanted;

	private final String offered;

	VisitWish(String displayName, String wanted, String offered) {
		this.displayName = displayName;
		this.wanted = wanted;
		this.offered = offered;
	}

	/** As a runner chooses it: "Talk running". */
	public String displayName() {
		return displayName;
	}

	/** After "you wanted to": "talk running". */
	public String wanted() {
		return wanted;
	}

	/** After a therapist's name: "talks running". */
	public String offered() {
		return offered;
	}

}
