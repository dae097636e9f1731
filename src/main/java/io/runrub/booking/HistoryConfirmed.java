package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;

/** A runner confirmed that an appointment an admin recorded as history did take place with that therapist. */
public record HistoryConfirmed(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		AccountId recordedBy, Instant confirmedAt) {
}
