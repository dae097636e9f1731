package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;

/**
 * An appointment was cancelled and its time given back.
 * @param changedBy the role of whoever cancelled it: the runner, or the clinic (an admin); null in events stored
 * before it was recorded
 * @param reason why the clinic cancelled it, which the client's message says; null when the runner cancelled or
 * no reason was given
 */
public record AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		Instant start, Role changedBy, String reason) {

	public AppointmentCancelled(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId, Instant start,
			Role changedBy) {
		this(appointmentId, runnerId, therapistId, start, changedBy, null);
	}

}
