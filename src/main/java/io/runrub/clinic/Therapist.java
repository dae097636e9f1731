package io.runrub.clinic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountId;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;

import org.springframework.data.annotation.Id;

/**
 * A therapist, the modalities they offer and their weekly working hours. Valid once built: named, offering at least
 * one modality, and with no two periods of one day overlapping. {@code offers} is what they offer beyond modalities
 * (talk running, help with the training programme…): {@link VisitWish} names, comma-separated, in the enum's order.
 */
record Therapist(@Id Long id, Long accountId, String name, String bio, boolean active,
		Set<TherapistModality> modalities, Set<WorkingPeriod> workingHours, String offers) {

	static final int MAX_NAME = 100;

	static final int MAX_BIO = 500;

	Therapist {
		if (accountId == null) {
			throw new IllegalArgumentException("A therapist needs a login");
		}
		if (name == null || name.isBlank()) {
			throw DomainException.refused("therapist-name-missing");
		}
		name = name.strip();
		bio = bio == null ? "" : bio.strip();
		if (modalities == null || modalities.isEmpty()) {
			throw DomainException.refused("therapist-no-modality");
		}
		modalities = Set.copyOf(modalities);
		workingHours = workingHours == null ? Set.of() : Set.copyOf(workingHours);
		checkNoOverlap(workingHours);
		offers = joined(parseOffers(offers));
	}

	static Therapist create(AccountId accountId, String name, String bio, Set<Modality> modalities) {
		return new Therapist(null, accountId.value(), name, bio, true, toRows(modalities), Set.of(), "");
	}

	Therapist withDetails(String name, String bio, Set<Modality> modalities, boolean active) {
		return new Therapist(id, accountId, name, bio, active, toRows(modalities), workingHours, offers);
	}

	/** Replaces the weekly hours; periods on one day must not overlap. */
	Therapist withWorkingHours(List<WorkingPeriod> periods) {
		return new Therapist(id, accountId, name, bio, active, modalities, Set.copyOf(periods), offers);
	}

	/** Replaces what the therapist offers beyond modalities (empty: nothing in particular). */
	Therapist withOffers(Set<VisitWish> wishes) {
		return new Therapist(id, accountId, name, bio, active, modalities, workingHours,
				joined(wishes == null ? Set.of() : wishes));
	}

	AccountId login() {
		return AccountId.of(accountId);
	}

	TherapistId therapistId() {
		return TherapistId.of(id);
	}

	Set<Modality> modalitySet() {
		return modalities.stream()
			.map(TherapistModality::modality)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Modality.class)));
	}

	boolean offers(Modality modality) {
		return modalities.contains(new TherapistModality(modality));
	}

	List<WorkingPeriod> sortedHours() {
		return sorted(workingHours);
	}

	TherapistView view() {
		return new TherapistView(therapistId(), login(), name, bio, active, modalitySet(), sortedHours(),
				parseOffers(offers));
	}

	/** Offers as stored ("TALK_RUNNING,TECHNIQUE") to the set; unknown or blank parts are dropped. */
	static Set<VisitWish> parseOffers(String stored) {
		Set<VisitWish> wishes = EnumSet.noneOf(VisitWish.class);
		if (stored == null) {
			return wishes;
		}
		for (String part : stored.split(",")) {
			for (VisitWish wish : VisitWish.values()) {
				if (wish.name().equals(part.strip())) {
					wishes.add(wish);
				}
			}
		}
		return wishes;
	}

	private static String joined(Set<VisitWish> wishes) {
		return wishes.stream().sorted().map(VisitWish::name).collect(Collectors.joining(","));
	}

	private static List<WorkingPeriod> sorted(Set<WorkingPeriod> periods) {
		return periods.stream()
			.sorted(Comparator.comparing(WorkingPeriod::dayOfWeek).thenComparing(WorkingPeriod::startTime))
			.toList();
	}

	private static void checkNoOverlap(Set<WorkingPeriod> periods) {
		List<WorkingPeriod> list = new ArrayList<>(sorted(periods));
		for (int i = 0; i + 1 < list.size(); i++) {
			WorkingPeriod period = list.get(i);
			WorkingPeriod next = list.get(i + 1);
			if (period.overlaps(next)) {
				throw DomainException.refused("working-hours-overlap", WorkingPeriod.dayName(period.dayOfWeek()),
						period.startTime(), period.endTime(), next.startTime(), next.endTime());
			}
		}
	}

	private static Set<TherapistModality> toRows(Set<Modality> modalities) {
		if (modalities == null || modalities.isEmpty()) {
			throw DomainException.refused("therapist-no-modality");
		}
		return modalities.stream().map(TherapistModality::new).collect(Collectors.toSet());
	}

}
