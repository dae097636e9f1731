package io.runrub.clinic;

import java.util.List;
import java.util.Set;

import io.runrub.accounts.AccountId;
import io.runrub.shared.Modality;

/** What other modules see of a therapist; {@code accountId} is their login. */
public record TherapistView(TherapistId id, AccountId accountId, String name, String bio, boolean active,
		Set<Modality> modalities, List<WorkingPeriod> workingHours) {

	public boolean offers(Modality modality) {
		return modalities.contains(modality);
	}

}
