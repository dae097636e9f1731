package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/**
 * Whether the runner came to a past appointment was recorded.
 * @param noShowFeeCents the clinic's no-show fee when it was recorded (0: none), charged only for a no-show
 */
public record AttendanceRecorded(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		ServiceId serviceId, Instant start, Attendance attendance, Instant recordedAt, long noShowFeeCents) {
}
