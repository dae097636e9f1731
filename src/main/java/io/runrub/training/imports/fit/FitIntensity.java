package io.runrub.training.imports.fit;

/** The intensity of a workout step; declared in the order of the FIT profile codes 0 to 6. */
public enum FitIntensity {
	ACTIVE, REST, WARMUP, COOLDOWN, RECOVERY, INTERVAL, OTHER;

	private static final FitIntensity[] BY_CODE = values();

	/** The intensity that a FIT profile code stands for, or null for an unknown code. */
	static FitIntensity ofCode(double code) {
		return code >= 0 && code < BY_CODE.length ? BY_CODE[(int) code] : null;
	}
}
