package io.runrub.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.clinic.RoomId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;

/**
 * A runner's appointment with a therapist for a service, in a treatment room when the service needs one (else the
 * room is null). The block is the therapist's (and the room's) time it takes, buffers included; blocks of one
 * therapist's booked appointments never overlap, nor do those of one room. It knows who may cancel or move it and
 * until when: its runner until the clinic's cutoff before it starts, an admin at any time, nobody else. The sequence
 * rises on every change, so that calendar apps replace the copy they hold.
 */
record Appointment(AppointmentId id, RunnerId runnerId, TherapistId therapistId, ServiceId serviceId, Instant start,
		Instant end, TimeWindow block, AppointmentStatus status, String idempotencyKey, Instant createdAt,
		Instant cancelledAt, int sequence, RoomId roomId) {

	/** An appointment without a room. */
	Appointment(AppointmentId id, RunnerId runnerId, TherapistId therapistId, ServiceId serviceId, Instant start,
			Instant end, TimeWindow block, AppointmentStatus status, String idempotencyKey, Instant createdAt,
			Instant cancelledAt, int sequence) {
		this(id, runnerId, therapistId, serviceId, start, end, block, status, idempotencyKey, createdAt, cancelledAt,
				sequence, null);
	}

	/** How a time is written in a refusal: in the clinic's zone. */
	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.UK);

	/** A new booked appointment, not yet saved. */
	static Appointment book(RunnerId runnerId, TherapistId therapistId, ServiceId serviceId, Instant start,
			ServiceFootprint footprint, String idempotencyKey, Instant now) {
		return new Appointment(null, runnerId, therapistId, serviceId, start, start.plus(footprint.length()),
				footprint.block(start), AppointmentStatus.BOOKED, idempotencyKey, now, null, 0);
	}

	/**
	 * A runner may book (or move to) a start only with the clinic's notice and no further ahead than its last
	 * bookable day.
	 */
	static void checkBookable(Instant start, Instant now, ClinicPolicies policies, ZoneId zone) {
		policies.checkBookable(start, now, zone);
	}

	Appointment withId(AppointmentId newId) {
		return new Appointment(newId, runnerId, therapistId, serviceId, start, end, block, status, idempotencyKey,
				createdAt, cancelledAt, sequence, roomId);
	}

	/** The same appointment, in this room. */
	Appointment inRoom(RoomId room) {
		return new Appointment(id, runnerId, therapistId, serviceId, start, end, block, status, idempotencyKey,
				createdAt, cancelledAt, sequence, room);
	}

	boolean isBooked() {
		return status == AppointmentStatus.BOOKED;
	}

	/** The runner's time it takes, without the buffers. */
	TimeWindow window() {
		return new TimeWindow(start, end);
	}

	/** The length it was booked with, whatever the service has become since. */
	Duration length() {
		return Duration.between(start, end);
	}

	/** Runners may cancel or move an appointment until the clinic's cutoff before it starts. */
	boolean canBeChangedByRunnerAt(Instant now, ClinicPolicies policies) {
		return isBooked() && policies.allowsChangeOf(start, now);
	}

	/**
	 * Whether the actor may cancel or move it now: an admin at any time; its runner until the cutoff; nobody else.
	 * @throws DomainException.Forbidden for anyone but its runner or an admin
	 * @throws DomainException.RuleViolation for its runner after the cutoff
	 */
	void checkChangeableBy(Actor actor, Instant now, ClinicPolicies policies) {
		if (actor.isAdmin()) {
			return;
		}
		if (!actor.is(Role.RUNNER) || !actor.runnerId().equals(runnerId)) {
			throw DomainException.forbidden("appointment-not-yours");
		}
		if (isBooked() && !canBeChangedByRunnerAt(now, policies)) {
			throw DomainException.refused("too-late-to-change", policies.cancellationCutoff().toHours());
		}
	}

	/**
	 * Cancelled by the actor; cancelling a cancelled appointment changes nothing. Its runner may cancel until it
	 * starts: inside the clinic's cutoff that is a late cancellation (see {@link #isLateCancellationBy}).
	 * @throws DomainException.Forbidden for anyone but its runner or an admin
	 * @throws DomainException.RuleViolation for its runner once it has started
	 */
	Appointment cancelBy(Actor actor, Instant now, ClinicPolicies policies) {
		if (!actor.isAdmin()) {
			if (!actor.is(Role.RUNNER) || !actor.runnerId().equals(runnerId)) {
				throw DomainException.forbidden("appointment-not-yours");
			}
			if (isBooked() && !now.isBefore(start)) {
				throw DomainException.refused("appointment-started");
			}
		}
		if (!isBooked()) {
			return this;
		}
		return new Appointment(id, runnerId, therapistId, serviceId, start, end, block, AppointmentStatus.CANCELLED,
				idempotencyKey, createdAt, now, sequence + 1, roomId);
	}

	/** Whether the actor cancelling it now is its runner inside the clinic's cutoff: a late cancellation. */
	boolean isLateCancellationBy(Actor actor, Instant now, ClinicPolicies policies) {
		return isBooked() && actor.is(Role.RUNNER) && actor.runnerId().equals(runnerId)
				&& !policies.allowsChangeOf(start, now);
	}

	/**
	 * Whether the runner came may be recorded now: only for a booked appointment that has started.
	 * @throws DomainException.RuleViolation if it was cancelled or has not started yet
	 */
	void checkAttendanceRecordableAt(Instant now) {
		if (!isBooked()) {
			throw DomainException.refused("appointment-cancelled");
		}
		if (now.isBefore(start)) {
			throw DomainException.refused("attendance-before-start");
		}
	}

	/**
	 * Moved by the actor to a new start with the same therapist, keeping the length it was booked with and the
	 * service's buffers around it.
	 */
	Appointment moveBy(Actor actor, Instant newStart, ServiceFootprint footprint, Instant now,
			ClinicPolicies policies) {
		return moveBy(actor, newStart, therapistId, footprint, now, policies);
	}

	/** Moved by the actor to a new start with the given therapist (the same or another), as {@link #moveBy}. */
	Appointment moveBy(Actor actor, Instant newStart, TherapistId newTherapist, ServiceFootprint footprint,
			Instant now, ClinicPolicies policies) {
		checkChangeableBy(actor, now, policies);
		if (!isBooked()) {
			throw DomainException.refused("appointment-cancelled");
		}
		ServiceFootprint kept = footprint.withLength(length());
		return new Appointment(id, runnerId, newTherapist, serviceId, newStart, newStart.plus(kept.length()),
				kept.block(newStart), status, idempotencyKey, createdAt, cancelledAt, sequence + 1, roomId);
	}

}
