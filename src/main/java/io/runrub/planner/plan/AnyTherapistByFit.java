package io.runrub.planner.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AnyTherapistOrder;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.rules.TherapistFit;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;

import org.springframework.stereotype.Component;

/**
 * "Any therapist" in booking follows TYPE-THERAPIST-FIT: the runner's chosen therapist, then the best match for what
 * they want from the visit, then the least busy (booking's order); never one they avoid.
 */
@Component
class AnyTherapistByFit implements AnyTherapistOrder {

	private final ProfileKeeping profiles;

	AnyTherapistByFit(ProfileKeeping profiles) {
		this.profiles = profiles;
	}

	@Override
	public List<TherapistView> order(RunnerId runnerId, List<TherapistView> free) {
		return profiles.therapistWishes(runnerId)
			.map(wishes -> order(new TherapistFit.Wishes(wishes.preferred() == null ? null : wishes.preferred().value(),
					wishes.avoided().stream().map(TherapistId::value).collect(Collectors.toSet()), wishes.wants()),
					free))
			.orElse(free);
	}

	/**
	 * The therapists to try for a planned massage: its own therapist first, then the others who offer it in
	 * TYPE-THERAPIST-FIT's order; never one the runner avoids. Booking the plan and move proposals both ask this.
	 */
	static List<TherapistId> forMassage(java.util.Optional<RunnerProfile> profile, List<TherapistView> qualified,
			TherapistId own) {
		Set<TherapistId> ids = new java.util.LinkedHashSet<>();
		if (own != null && profile.map(p -> !p.visit().avoids(own)).orElse(true)) {
			ids.add(own);
		}
		profile.map(p -> order(p, qualified)).orElse(qualified).stream().map(TherapistView::id).forEach(ids::add);
		return List.copyOf(ids);
	}

	static List<TherapistView> order(RunnerProfile profile, List<TherapistView> free) {
		return order(wishes(profile), free);
	}

	private static List<TherapistView> order(TherapistFit.Wishes wishes, List<TherapistView> free) {
		List<TherapistFit.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < free.size(); i++) {
			TherapistView therapist = free.get(i);
			// booking's order (least busy, then spread) is the "least booked" of the rule
			candidates.add(new TherapistFit.Candidate(therapist.id().value(), therapist.name(), therapist.offers(), i));
		}
		return new TherapistFit().rank(candidates, wishes)
			.stream()
			.map(candidate -> free.stream()
				.filter(therapist -> therapist.id().value() == candidate.id())
				.findFirst()
				.orElseThrow())
			.toList();
	}

	/** What the runner asked for of a therapist, as TYPE-THERAPIST-FIT takes it. */
	static TherapistFit.Wishes wishes(RunnerProfile profile) {
		Set<Long> avoided = profile.visit().avoidTherapistIds().stream().map(TherapistId::value)
			.collect(Collectors.toSet());
		return new TherapistFit.Wishes(
				profile.preferredTherapistId() == null ? null : profile.preferredTherapistId().value(), avoided,
				profile.visit().wants());
	}

}
