package io.runrub.waitlist;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/**
 * A freed slot offered to one waiting entry and held for its runner until {@code heldUntil}.
 * @param appointmentId the appointment it became, once accepted
 */
public record WaitlistOffer(long id, long entryId, RunnerId runnerId, TherapistId therapistId, ServiceId serviceId,
		Instant start, Status status, Instant heldUntil, AppointmentId appointmentId) {

	public enum Status {

		/** Held for the runner. */
		OPEN,
		/** Booked. */
		ACCEPTED,
		/** The runner said no; the slot went to the next. */
		DECLINED,
		/** The hold ran out; the slot went to the next. */
		EXPIRED,
		/** Someone else booked the slot before the runner accepted. */
		GONE,
		/** The runner left the waitlist while it was held. */
		WITHDRAWN

	}

	public boolean isOpenAt(Instant now) {
		return status == Status.OPEN && now.isBefore(heldUntil);
	}

}
