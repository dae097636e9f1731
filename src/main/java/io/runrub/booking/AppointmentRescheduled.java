package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;

/** An appointment moved to another time with the same therapist. */
public record AppointmentRescheduled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		Instant previousStart, Instant start) {
}
