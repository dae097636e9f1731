package io.runrub.booking;

/**
 * What was recorded of one appointment after the fact.
 * @param attendance whether the runner came; null until its therapist or an admin records it
 * @param lateCancellation whether its runner cancelled it inside the clinic's cutoff
 */
public record AttendanceRecord(Attendance attendance, boolean lateCancellation) {

	public static final AttendanceRecord NONE = new AttendanceRecord(null, false);

}
