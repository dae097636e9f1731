package io.runrub.waitlist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.runrub.booking.SlotHolds;
import io.runrub.clinic.TherapistId;

import org.springframework.stereotype.Component;

/**
 * A waitlist offer holds its slot for its runner until it is accepted, declined or runs out: booking asks here, so
 * that nobody else is offered or can book the slot meanwhile. An offer whose hold ran out holds nothing, even before
 * {@link HoldExpiry} closes it.
 */
@Component
class OfferedSlotHolds implements SlotHolds {

	private final WaitlistStore store;

	OfferedSlotHolds(WaitlistStore store) {
		this.store = store;
	}

	@Override
	public String heldSelect() {
		return WaitlistStore.HELD;
	}

	@Override
	public List<Hold> held(Collection<TherapistId> therapists, Instant from, Instant to, Instant now) {
		if (therapists.isEmpty()) {
			return List.of();
		}
		return store.holds(therapists.stream().map(TherapistId::value).toList(), from, to, now);
	}

}
