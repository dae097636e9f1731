package io.runrub.runners;

import java.util.Set;

import io.runrub.clinic.TherapistId;
import io.runrub.shared.VisitWish;

/**
 * What a runner asks of a therapist, read in one statement for booking's "any therapist": the preferred one (null:
 * none), what they want from a visit, and whom to avoid.
 */
public record TherapistWishes(TherapistId preferred, Set<VisitWish> wants, Set<TherapistId> avoided) {

	public TherapistWishes {
		wants = Set.copyOf(wants);
		avoided = Set.copyOf(avoided);
	}

}
