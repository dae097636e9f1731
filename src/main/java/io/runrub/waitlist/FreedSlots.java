package io.runrub.waitlist;

import io.runrub.booking.AppointmentCancelled;
import io.runrub.booking.AppointmentRescheduled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Booking's durable events that free a slot: a cancellation gives back its time, a move gives back the time it left.
 * Each is handled once its transaction committed, and again after a crash (the offer's unique constraints make a
 * second run offer nothing new). The clinic publishes no event for new working hours or a closure removed, so those
 * free time without an offer: a runner waiting sees it when they look at availability.
 */
@Component
class FreedSlots {

	private final WaitlistOffers offers;

	FreedSlots(WaitlistOffers offers) {
		this.offers = offers;
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		offers.slotFreed(cancelled.therapistId(), cancelled.start());
	}

	@ApplicationModuleListener
	void on(AppointmentRescheduled moved) {
		if (!moved.previousStart().equals(moved.start())) {
			offers.slotFreed(moved.therapistId(), moved.previousStart());
		}
	}

}
