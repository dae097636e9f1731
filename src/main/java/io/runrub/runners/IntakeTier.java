package io.runrub.runners;

/** What a "yes" to a health question means (product.md, Safety). */
public enum IntakeTier {

	/** SAFE-STOP: no massage now; seek medical advice. */
	STOP,
	/** SAFE-RESTRICT: massage with restrictions: light pressure only, areas to avoid, a clinician's OK where needed. */
	RESTRICT

}
