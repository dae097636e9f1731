package io.runrub.shared;

/**
 * The kinds of treatment a clinic sells (see the modality table in the product description).
 */
public enum Modality {

	/** Long, light, flowing strokes for relaxation; the only massage just before a race. */
	SWEDISH("Swedish massage"),
	/** Intense pressure on the deeper layers of muscle and fascia, for a specific problem area. */
	DEEP_TISSUE("Deep tissue massage"),
	/** Active Release Technique: movement plus deliberate pressure on trigger points and scar tissue. */
	ART("Active Release Technique"),
	/** A sports massage therapist's session with feedback on tissues and technique. */
	SPORTS("Sports massage"),
	/** A movement therapist looks for the movement patterns behind pain. */
	MOVEMENT_ASSESSMENT("Movement assessment");

	private final String displayName;

	Modality(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}

	/** Deep work (deep tissue, ART): "another workout" that needs recovery and firm tolerance. */
	public boolean isDeep() {
		return this == DEEP_TISSUE || this == ART;
	}

}
