package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistId;

/**
 * Why a therapist is treating a runner: a booked appointment between them that the runner made themselves, or that an
 * admin recorded as history and the runner then confirmed. {@code arrangedBy} is the account that made the appointment
 * (the runner, or the recording admin); {@code confirmedAt} is when the runner confirmed recorded history (null for
 * the runner's own bookings). Nothing an admin can do alone produces one.
 */
public record CareGrant(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId, AccountId arrangedBy,
		Instant confirmedAt) {

	public boolean isConfirmedHistory() {
		return confirmedAt != null;
	}

}
