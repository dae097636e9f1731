package io.runrub.clinic;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.data.annotation.Id;

/** A therapist, the modalities they offer and their weekly working hours. */
record Therapist(@Id Long id, Long accountId, String name, String bio, boolean active,
		Set<TherapistModality> modalities,
		Set<WorkingPeriod> workingHours) {

	static Therapist create(long accountId, String name, String bio, Set<Modality> modalities) {
		return new Therapist(null, accountId, name.strip(), bio == null ? "" : bio.strip(), true,
				toRows(modalities), Set.of());
	}

	Therapist withDetails(String name, String bio, Set<Modality> modalities, boolean active) {
		return new Therapist(id, accountId, name.strip(), bio == null ? "" : bio.strip(), active, toRows(modalities),
				workingHours);
	}

	/** Replaces the weekly hours; periods on one day must not overlap. */
	Therapist withWorkingHours(List<WorkingPeriod> periods) {
		for (int i = 0; i < periods.size(); i++) {
			WorkingPeriod period = periods.get(i);
			if (!period.startTime().isBefore(period.endTime())) {
				throw new DomainException.RuleViolation("Invalid working hours",
						"On %s the period %s–%s ends before it starts.".formatted(display(period.dayOfWeek()),
								period.startTime(), period.endTime()));
			}
			for (int j = i + 1; j < periods.size(); j++) {
				if (period.overlaps(periods.get(j))) {
					throw new DomainException.RuleViolation("Invalid working hours",
							"On %s the periods %s–%s and %s–%s overlap.".formatted(display(period.dayOfWeek()),
									period.startTime(), period.endTime(), periods.get(j).startTime(),
									periods.get(j).endTime()));
				}
			}
		}
		return new Therapist(id, accountId, name, bio, active, modalities, Set.copyOf(periods));
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
		return workingHours.stream()
			.sorted(Comparator.comparing(WorkingPeriod::dayOfWeek).thenComparing(WorkingPeriod::startTime))
			.toList();
	}

	TherapistView view() {
		return new TherapistView(id, accountId, name, bio, active, modalitySet(), sortedHours());
	}

	private static Set<TherapistModality> toRows(Set<Modality> modalities) {
		if (modalities == null || modalities.isEmpty()) {
			throw new DomainException.RuleViolation("No modalities", "A therapist must offer at least one modality.");
		}
		return modalities.stream().map(TherapistModality::new).collect(Collectors.toSet());
	}

	private static String display(java.time.DayOfWeek day) {
		return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
	}

}
