package io.runrub.booking;

/** An appointment. */
public record AppointmentId(long value) {

	public static AppointmentId of(long value) {
		return new AppointmentId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
