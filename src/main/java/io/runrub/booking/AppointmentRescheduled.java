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
 * @param reason why the clinic moved it, which the client's message says; null when the runner moved it or no
 * reason was given
 */
public record AppointmentRescheduled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		Instant previousStart, Instant start, Role changedBy, int sequence, String reason) {

	public AppointmentRescheduled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
			Instant previousStart, Instant start, Role changedBy, int sequence) {
		this(appointmentId, runnerId, therapistId, previousStart, start, changedBy, sequence, null);
	}

}
