package io.runrub.runners.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.clinic.TherapistId;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A runner's profile as it is stored: the aggregate root, its goals and its complaints (in the runner's order),
 * saved and loaded whole by Spring Data JDBC. The budget is kept in the clinic currency's minor units. Its rules live
 * on {@link RunnerProfile}, which is what the rest of the application sees.
 */
public record Profile(@Id Long runnerId, @Version Integer version, int trainingDaysPerWeek, Level runningLevel,
		Pressure pressureTolerance, int monthlyBudgetCents, Long preferredTherapistId, Instant updatedAt,
		@MappedCollection Set<ProfileGoal> goals, @MappedCollection List<ProfileComplaint> complaints,
		@MappedCollection List<ProfileAvailability> availability, String wants, String preferredModalities,
		Integer preferredMinutes, @MappedCollection Set<ProfileAvoidedTherapist> avoidedTherapists) {

	/** A therapist the runner asked never to be suggested. */
	public record ProfileAvoidedTherapist(Long therapistId) {
	}

	/** One time in the week the runner can come, in the clinic's local time. */
	public record ProfileAvailability(java.time.DayOfWeek dayOfWeek, java.time.LocalTime fromTime,
			java.time.LocalTime toTime) {
	}

	/** One goal of a profile. */
	public record ProfileGoal(Goal goal) {
	}

	/** One complaint of a profile; its place in the list is the runner's order. */
	public record ProfileComplaint(BodyArea bodyArea, ComplaintKind kind, LocalDate sinceDate, int severity) {
	}

	/** What is stored of this profile, replacing {@code before} (null: the runner's first). */
	public static Profile of(long runnerId, RunnerProfile profile, Profile before, Instant now) {
		return new Profile(runnerId, before == null ? null : before.version(), profile.trainingDaysPerWeek(),
				profile.level(), profile.pressureTolerance(), Math.toIntExact(profile.monthlyBudget().minorUnits()),
				profile.preferredTherapistId() == null ? null : profile.preferredTherapistId().value(), now,
				profile.goals().stream().map(ProfileGoal::new).collect(Collectors.toSet()),
				profile.complaints()
					.stream()
					.map(c -> new ProfileComplaint(c.area(), c.kind(), c.since(), c.severity()))
					.toList(),
				profile.availability()
					.stream()
					.map(time -> new ProfileAvailability(time.dayOfWeek(), time.from(), time.to()))
					.toList(),
				names(profile.visit().wants()), names(profile.visit().preferredModalities()),
				profile.visit().preferredMinutes(),
				profile.visit()
					.avoidTherapistIds()
					.stream()
					.map(id -> new ProfileAvoidedTherapist(id.value()))
					.collect(Collectors.toSet()));
	}

	/** The profile as the application sees it, its budget in the clinic's currency. */
	public RunnerProfile profile(Currency currency) {
		Set<Goal> chosen = EnumSet.noneOf(Goal.class);
		goals.forEach(goal -> chosen.add(goal.goal()));
		return new RunnerProfile(trainingDaysPerWeek, runningLevel, pressureTolerance, chosen,
				new Money(monthlyBudgetCents, currency),
				preferredTherapistId == null ? null : TherapistId.of(preferredTherapistId),
				complaints.stream()
					.map(c -> new Complaint(c.bodyArea(), c.kind(), c.sinceDate(), c.severity()))
					.toList(),
				availability == null ? List.of()
						: availability.stream()
							.map(time -> new io.runrub.runners.AvailableTime(time.dayOfWeek(), time.fromTime(),
									time.toTime()))
							.toList(),
				new io.runrub.runners.VisitPreferences(parse(wants, io.runrub.shared.VisitWish.class),
						parse(preferredModalities, io.runrub.shared.Modality.class), preferredMinutes,
						avoidedTherapists == null ? Set.of()
								: avoidedTherapists.stream()
									.map(avoided -> TherapistId.of(avoided.therapistId()))
									.sorted(java.util.Comparator.comparingLong(TherapistId::value))
									.collect(Collectors.toCollection(java.util.LinkedHashSet::new))));
	}

	private static String names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> parse(String stored, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (stored != null) {
			for (String part : stored.split(",")) {
				for (E value : type.getEnumConstants()) {
					if (value.name().equals(part.strip())) {
						values.add(value);
					}
				}
			}
		}
		return values;
	}

}
