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

import org.springframework.data.annotation.Id;

/**
 * A therapist, the modalities they offer and their weekly working hours. Valid once built: named, offering at least
 * one modality, and with no two periods of one day overlapping.
 */
record Therapist(@Id Long id, Long accountId, String name, String bio, boolean active,
		Set<TherapistModality> modalities, Set<WorkingPeriod> workingHours) {

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
	}

	static Therapist create(AccountId accountId, String name, String bio, Set<Modality> modalities) {
		return new Therapist(null, accountId.value(), name, bio, true, toRows(modalities), Set.of());
	}

	Therapist withDetails(String name, String bio, Set<Modality> modalities, boolean active) {
		return new Therapist(id, accountId, name, bio, active, toRows(modalities), workingHours);
	}

	/** Replaces the weekly hours; periods on one day must not overlap. */
	Therapist withWorkingHours(List<WorkingPeriod> periods) {
		return new Therapist(id, accountId, name, bio, active, modalities, Set.copyOf(periods));
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
		return new TherapistView(therapistId(), login(), name, bio, active, modalitySet(), sortedHours());
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
