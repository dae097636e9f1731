package io.runrub.booking;

import java.time.Instant;

/** An appointment moved to another time with the same therapist. */
public record AppointmentRescheduled(long appointmentId, long runnerId, long therapistId, Instant previousStart,
		Instant start) {
}
