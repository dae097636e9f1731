package io.runrub.training;

/** How a session's load was worked out: the first of these that the session's data allows. */
public enum LoadMethod {

	/** Session RPE (Foster): RPE (0–10) × minutes. */
	RPE,
	/** Heart-rate TRIMP (Banister) from the heart rate recorded during the session. */
	HEART_RATE,
	/** No RPE and no heart rate: minutes × a typical intensity for the session type. An estimate, shown as such. */
	ESTIMATE

}
