package io.runrub.waitlist;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/** A freed slot was offered to a waiting runner and is held for them until {@code heldUntil}. */
public record WaitlistOfferMade(long offerId, RunnerId runnerId, TherapistId therapistId, ServiceId serviceId,
		Instant start, Instant heldUntil) {
}
