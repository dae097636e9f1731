package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;

/**
 * An appointment was cancelled and its time given back.
 * @param changedBy the role of whoever cancelled it: the runner, or the clinic (an admin); null in events stored
 * before it was recorded
 * @param late whether its runner cancelled it inside the clinic's cutoff (false in events stored before it was
 * recorded)
 * @param lateCancelFeeCents the clinic's late-cancellation fee when it was cancelled late (0: none, or not late)
 */
public record AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		Instant start, Role changedBy, boolean late, long lateCancelFeeCents) {

	/** A cancellation in time. */
	public AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId, Instant start,
			Role changedBy) {
		this(appointmentId, runnerId, therapistId, start, changedBy, false, 0);
	}

}
