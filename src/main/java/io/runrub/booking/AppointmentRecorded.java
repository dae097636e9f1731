package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/** An appointment that had already taken place was recorded as history (not booked by the runner). */
public record AppointmentRecorded(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		ServiceId serviceId, Instant start, Instant end) {
}
