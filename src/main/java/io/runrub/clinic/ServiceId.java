package io.runrub.clinic;

/** A service the clinic sells. */
public record ServiceId(long value) {

	public static ServiceId of(long value) {
		return new ServiceId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
