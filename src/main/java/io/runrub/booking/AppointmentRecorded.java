package io.runrub.booking;

import java.time.Instant;

/** An appointment that had already taken place was recorded as history (not booked by the runner). */
public record AppointmentRecorded(long appointmentId, long runnerId, long therapistId, long serviceId, Instant start,
		Instant end) {
}
