package io.runrub.clinic;

import java.util.List;
import java.util.Set;

import io.runrub.shared.Modality;

/** What other modules see of a therapist. */
public record TherapistView(long id, long accountId, String name, String bio, boolean active, Set<Modality> modalities,
		List<WorkingPeriod> workingHours) {

	public boolean offers(Modality modality) {
		return modalities.contains(modality);
	}

}
