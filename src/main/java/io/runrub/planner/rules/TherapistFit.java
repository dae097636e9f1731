package io.runrub.planner.rules;

import io.runrub.shared.Modality;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.shared.VisitWish;

/**
 * TYPE-THERAPIST-FIT: among the therapists who give the massage at a time the runner can come, prefer the one the
 * runner chose, then the best match for what the runner wants from the visit, then the least booked; never one the
 * runner asked to avoid. Pure: the candidates (already able to see the runner) and the runner's wishes come in.
 */
public final class TherapistFit implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TYPE-THERAPIST-FIT", "S1", EvidenceGrade.NOT_GRADED,
			"Among the therapists who can see you at a time you can come, the one you chose, then the one who best offers what you want from the visit, then the least booked; never one you asked to avoid.",
			"If you are wanting to talk running whilst having a massage, consider booking in with our sports massage therapist John, our resident RoadRunner.",
			"Not graded: this is about what you want from the visit, not about an effect of massage.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/**
	 * A therapist who can give the massage at a time the runner can come.
	 * @param id the therapist's id
	 * @param offers what they offer beyond modalities
	 * @param booked how many appointments they already have in the period (fewer is better)
	 */
	public record Candidate(long id, String name, Set<VisitWish> offers, int booked) {

		public Candidate {
			offers = offers == null || offers.isEmpty() ? Set.of() : Set.copyOf(offers);
		}

	}

	/**
	 * What the runner asked for.
	 * @param preferredId the therapist they chose (null: none)
	 * @param avoidedIds therapists never to suggest
	 * @param wants what they want from the visit
	 */
	public record Wishes(Long preferredId, Set<Long> avoidedIds, Set<VisitWish> wants) {

		public static final Wishes NONE = new Wishes(null, Set.of(), Set.of());

		public Wishes {
			avoidedIds = avoidedIds == null ? Set.of() : Set.copyOf(avoidedIds);
			wants = wants == null || wants.isEmpty() ? Set.of() : Set.copyOf(wants);
		}

		public boolean avoids(long therapistId) {
			return avoidedIds.contains(therapistId);
		}

	}

	/** The candidates in the order to try them, the avoided ones left out. */
	public List<Candidate> rank(List<Candidate> candidates, Wishes wishes) {
		return candidates.stream()
			.filter(candidate -> !wishes.avoids(candidate.id()))
			.sorted(Comparator.comparing((Candidate candidate) -> !Long.valueOf(candidate.id())
				.equals(wishes.preferredId()))
				.thenComparing(Comparator.comparingInt((Candidate candidate) -> matched(candidate, wishes).size())
					.reversed())
				.thenComparingInt(Candidate::booked)
				.thenComparingLong(Candidate::id))
			.toList();
	}

	/** The best candidate, if any is left once the avoided ones are out. */
	public Optional<Candidate> choose(List<Candidate> candidates, Wishes wishes) {
		return rank(candidates, wishes).stream().findFirst();
	}

	/**
	 * Why this therapist fits what the runner wants, when they offer some of it: "John talks running, and you wanted to
	 * talk running."
	 */
	public Optional<Reason> why(Candidate chosen, Wishes wishes) {
		Set<VisitWish> matched = matched(chosen, wishes);
		if (matched.isEmpty()) {
			return Optional.empty();
		}
		String offers = and(matched.stream().map(VisitWish::offered).toList());
		String wanted = and(matched.stream().map(VisitWish::wanted).toList());
		return Optional.of(INFO.reason(chosen.name() + " " + offers + ", and you wanted to " + wanted + "."));
	}

	/** The massage type the runner prefers, when the suggestion is of it: "A Swedish massage, the kind you prefer." */
	public Reason typeKept(Modality modality) {
		return INFO.reason(article(modality, true) + " " + TreatmentChoice.named(modality) + ", the kind you prefer.")
			.arguingFor(modality);
	}

	/** "A" or "An" for the massage's name. */
	private static String article(Modality modality, boolean capital) {
		boolean vowel = "aeiouAEIOU".indexOf(TreatmentChoice.named(modality).charAt(0)) >= 0;
		return (capital ? "A" : "a") + (vowel ? "n" : "");
	}

	/** The preferred type took the place of what the rules chose for regular maintenance. */
	public Adjustment typePreferred(Modality preferred, Modality considered) {
		return INFO.adjustment("We chose " + article(preferred, false) + " " + TreatmentChoice.named(preferred) + " instead of "
				+ TreatmentChoice.named(considered) + ": it is the kind you prefer.");
	}

	/** The preferred type gave way to what a complaint, an injury or a safety rule calls for. */
	public Adjustment typeNotChosen(Modality preferred, Modality chosen, String why) {
		return INFO.adjustment("You prefer " + article(preferred, false) + " " + TreatmentChoice.named(preferred)
				+ "; this one is " + article(chosen, false) + " " + TreatmentChoice.named(chosen) + ": " + Character.toLowerCase(why.charAt(0)) + why.substring(1));
	}

	/** The preferred session length, when the suggestion has it: "30 minutes, the length you prefer." */
	public Reason lengthKept(int minutes) {
		return INFO.reason(minutes + " minutes, the length you prefer.");
	}

	/** When no session of the preferred length gives this massage, the adjustment says so. */
	public Adjustment lengthNotOffered(int preferred, int chosen, String massage) {
		return INFO.adjustment(chosen + " minutes rather than the " + preferred + " you prefer: no " + preferred
				+ "-minute " + massage + " is offered.");
	}

	/**
	 * Why the massage the rules chose cannot be given, when the clinic does not sell it: "The clinic does not offer
	 * deep tissue massage." For {@link Adjustment#instead}.
	 */
	public Reason notSold(Modality modality) {
		return INFO.reason(RuleTexts.text("planner.rule.TYPE-THERAPIST-FIT.notSold", TreatmentChoice.named(modality)));
	}

	/** When no therapist of the clinic gives the massage: "No therapist at the clinic gives deep tissue massage." */
	public Reason noTherapistGives(Modality modality) {
		return INFO.reason(RuleTexts.text("planner.rule.TYPE-THERAPIST-FIT.noTherapist", TreatmentChoice.named(modality)));
	}

	/** When every therapist who gives the massage is one the runner asked to avoid. */
	public Reason onlyAvoidedGive(Modality modality) {
		return INFO.reason(RuleTexts.text("planner.rule.TYPE-THERAPIST-FIT.onlyAvoided", TreatmentChoice.named(modality)));
	}

	/**
	 * When therapists give the massage but none is free when the runner can come in the days the plan looked at:
	 * {@code from} and {@code to} in words ("Monday 2 March"); the same day for a single day.
	 */
	public Reason noTherapistFree(Modality modality, String from, String to) {
		return from.equals(to)
				? INFO.reason(RuleTexts.text("planner.rule.TYPE-THERAPIST-FIT.notFreeOn", TreatmentChoice.named(modality), from))
				: INFO.reason(RuleTexts.text("planner.rule.TYPE-THERAPIST-FIT.notFreeBetween",
						TreatmentChoice.named(modality), from, to));
	}

	private static Set<VisitWish> matched(Candidate candidate, Wishes wishes) {
		Set<VisitWish> matched = EnumSet.noneOf(VisitWish.class);
		matched.addAll(wishes.wants());
		matched.retainAll(candidate.offers());
		return matched;
	}

	private static String and(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
				+ parts.get(parts.size() - 1);
	}

}
