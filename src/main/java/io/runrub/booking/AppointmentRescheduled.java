package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;

/**
 * An appointment moved to another time with the same therapist.
 * @param changedBy the role of whoever moved it: the runner, or the clinic (an admin); null in events stored before
 * it was recorded
 * @param sequence the appointment's sequence after the move (it rises with every change)
 */
public record AppointmentRescheduled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		Instant previousStart, Instant start, Role changedBy, int sequence) {
}
