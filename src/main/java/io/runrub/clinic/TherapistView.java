package io.runrub.clinic;

import java.util.List;
import java.util.Set;

import io.runrub.accounts.AccountId;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;

/**
 * What other modules see of a therapist; {@code accountId} is their login; {@code offers} what they offer beyond
 * modalities (talk running, help with the training programme…).
 */
public record TherapistView(TherapistId id, AccountId accountId, String name, String bio, boolean active,
		Set<Modality> modalities, List<WorkingPeriod> workingHours, Set<VisitWish> offers) {

	public TherapistView {
		offers = offers == null || offers.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(offers));
	}

	/** A therapist who offers nothing beyond modalities. */
	public TherapistView(TherapistId id, AccountId accountId, String name, String bio, boolean active,
			Set<Modality> modalities, List<WorkingPeriod> workingHours) {
		this(id, accountId, name, bio, active, modalities, workingHours, Set.of());
	}

	public boolean offers(Modality modality) {
		return modalities.contains(modality);
	}

}
