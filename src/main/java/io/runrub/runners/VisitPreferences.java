package io.runrub.runners;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;

/**
 * What the runner wants from a visit (issue 15, source S1): talk running, help with the training programme or
 * technique, a quiet session; the massage types and session length they prefer (null: no preference; 30 or 60
 * minutes); and therapists never to suggest.
 */
public record VisitPreferences(Set<VisitWish> wants, Set<Modality> preferredModalities, Integer preferredMinutes,
		Set<TherapistId> avoidTherapistIds) {

	public static final VisitPreferences NONE = new VisitPreferences(Set.of(), Set.of(), null, Set.of());

	/** The session lengths a runner may prefer. */
	public static final Set<Integer> LENGTHS = Set.of(30, 60);

	public static final int MAX_AVOIDED = 10;

	public VisitPreferences {
		wants = wants == null || wants.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(wants));
		preferredModalities = preferredModalities == null || preferredModalities.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(preferredModalities));
		avoidTherapistIds = avoidTherapistIds == null ? Set.of()
				: Collections.unmodifiableSet(new LinkedHashSet<>(avoidTherapistIds));
		if (preferredMinutes != null && !LENGTHS.contains(preferredMinutes)) {
			throw DomainException.refused("preferred-minutes-invalid", preferredMinutes);
		}
		if (avoidTherapistIds.size() > MAX_AVOIDED) {
			throw DomainException.refused("too-many-avoided-therapists", MAX_AVOIDED);
		}
	}

	public boolean avoids(TherapistId therapistId) {
		return avoidTherapistIds.contains(therapistId);
	}

}
