package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/** A runner booked an appointment. */
public record AppointmentBooked(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		ServiceId serviceId, Instant start, Instant end) {
}
