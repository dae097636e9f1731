package io.runrub.booking;

import java.time.Instant;

import io.runrub.clinic.ClinicPolicies;
import io.runrub.shared.TimeWindow;

/**
 * A runner's appointment with a therapist for a service. The block is the therapist's time it takes, buffers
 * included; blocks of one therapist's booked appointments never overlap.
 */
record Appointment(Long id, long runnerId, long therapistId, long serviceId, Instant start, Instant end,
		TimeWindow block, AppointmentStatus status, String idempotencyKey, Instant createdAt, Instant cancelledAt) {

	boolean isBooked() {
		return status == AppointmentStatus.BOOKED;
	}

	/** Runners may cancel or move an appointment until the clinic's cutoff before it starts. */
	boolean canBeChangedByRunnerAt(Instant now, ClinicPolicies policies) {
		return isBooked() && policies.allowsChangeOf(start, now);
	}

	Appointment cancelled(Instant now) {
		return new Appointment(id, runnerId, therapistId, serviceId, start, end, block, AppointmentStatus.CANCELLED,
				idempotencyKey, createdAt, now);
	}

	Appointment movedTo(Instant newStart, TimeWindow newBlock) {
		return new Appointment(id, runnerId, therapistId, serviceId, newStart,
				newStart.plus(java.time.Duration.between(start, end)), newBlock, status, idempotencyKey, createdAt,
				cancelledAt);
	}

}
