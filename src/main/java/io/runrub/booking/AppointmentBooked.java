package io.runrub.booking;

import java.time.Instant;

/** A runner booked an appointment. */
public record AppointmentBooked(long appointmentId, long runnerId, long therapistId, long serviceId, Instant start,
		Instant end) {
}
