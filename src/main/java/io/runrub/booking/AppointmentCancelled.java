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
 * @param reason why the clinic cancelled it, which the client's message says; null when the runner cancelled or
 * no reason was given
 */
public record AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		Instant start, Role changedBy, boolean late, long lateCancelFeeCents, String reason) {

	/** A cancellation in time, with no reason given. */
	public AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId, Instant start,
			Role changedBy) {
		this(appointmentId, runnerId, therapistId, start, changedBy, false, 0, null);
	}

	/** A cancellation, late or not, with no reason given. */
	public AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId, Instant start,
			Role changedBy, boolean late, long lateCancelFeeCents) {
		this(appointmentId, runnerId, therapistId, start, changedBy, late, lateCancelFeeCents, null);
	}

	/** A cancellation in time, with the clinic's reason. */
	public AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId, Instant start,
			Role changedBy, String reason) {
		this(appointmentId, runnerId, therapistId, start, changedBy, false, 0, reason);
	}

}
