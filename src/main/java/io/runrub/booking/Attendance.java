package io.runrub.booking;

/** Whether the runner came to an appointment that took place, as its therapist or an admin recorded it. */
public enum Attendance {

	ATTENDED, NO_SHOW

}
