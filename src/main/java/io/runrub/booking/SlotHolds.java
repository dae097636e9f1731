package io.runrub.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/**
 * Slots held for one runner for a while (a waitlist offer, say): availability offers a held slot to nobody, and a
 * booking by anyone else that would overlap it with its therapist is refused ({@code slot-held}, 409). Booking asks
 * through this interface because the module that holds slots depends on booking, never the other way; without an
 * implementation nothing is ever held.
 */
public interface SlotHolds {

	/** Holds nothing: the default without a module that holds slots. */
	SlotHolds NONE = (therapists, from, to, now) -> List.of();

	/**
	 * The holds still running at {@code now} of the given therapists that start in [from, to). One statement at most.
	 */
	List<Hold> held(Collection<TherapistId> therapists, Instant from, Instant to, Instant now);

	/**
	 * The same holds as one SQL select, for booking to fold into the query that reads the therapists' bookings (so
	 * that a booking takes no statement more): exactly the columns {@code therapist_id, runner_id, service_id,
	 * start_at}, with the named parameters {@code :ids} (therapist ids), {@code :from}, {@code :to} and {@code :now};
	 * null when nothing can be held.
	 */
	default String heldSelect() {
		return null;
	}

	/**
	 * A slot held for a runner: the therapist, the service offered (whose length and buffers the hold covers) and its
	 * start.
	 */
	record Hold(TherapistId therapistId, ServiceId serviceId, Instant start, RunnerId runnerId) {
	}

}
