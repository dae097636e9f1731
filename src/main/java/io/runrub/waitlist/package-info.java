/**
 * Waitlist: runners wait for a slot of a service (between two days, at the times they can come, with one therapist or
 * any); when an appointment is cancelled or moved away, the best-matching waiting runner is offered its slot with a
 * hold, and accepting books it through booking. The database refuses a second open offer of one slot, so a slot is
 * never offered to two runners at once. Its root holds the use cases ({@link io.runrub.waitlist.Waitlist},
 * {@link io.runrub.waitlist.WaitlistOffers}), their views and the event notifications turns into a message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Waitlist",
		allowedDependencies = { "shared", "accounts", "clinic", "booking", "training" })
package io.runrub.waitlist;
