package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;

/** An appointment was cancelled and its time given back. */
public record AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		Instant start) {
}
