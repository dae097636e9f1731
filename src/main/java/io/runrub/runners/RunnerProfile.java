package io.runrub.runners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;

/**
 * What a runner tells RunRub about themselves: how often they train, their level, the most pressure they are
 * comfortable with, what they want from massage, what they can spend a month (in the clinic's currency), the
 * therapist they prefer (null: no preference) and what bothers them. A profile keeps its rules whoever writes it (the
 * API, the pages, demo data): the constructor refuses values out of range; {@link #checkedOn} adds the rule that needs
 * today's date (no complaint starts in the future). {@code availability} is when in the week the runner can come (empty:
 * whenever the clinic is open): at most {@value #MAX_TIMES_A_DAY} times a day, none overlapping. {@code visit} is what
 * they want from a visit, the types and length they prefer and the therapists to avoid (never the preferred one).
 */
public record RunnerProfile(int trainingDaysPerWeek, Level level, Pressure pressureTolerance, Set<Goal> goals,
		Money monthlyBudget, TherapistId preferredTherapistId, List<Complaint> complaints,
		List<AvailableTime> availability, VisitPreferences visit) {

	public static final int MAX_TIMES_A_DAY = 3;

	public static final int MAX_TRAINING_DAYS = 7;

	/** £2,000 (or 2,000 of the clinic's currency) a month: more than weekly 90-minute sessions at London prices. */
	public static final long MAX_MONTHLY_BUDGET_MINOR_UNITS = 200_000;

	public static final int MAX_COMPLAINTS = 20;

	public RunnerProfile {
		goals = goals == null || goals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(goals));
		complaints = complaints == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(complaints));
		availability = availability == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(availability));
		if (trainingDaysPerWeek < 0 || trainingDaysPerWeek > MAX_TRAINING_DAYS) {
			throw DomainException.refused("training-days-out-of-range");
		}
		if (level == null) {
			throw DomainException.refused("running-level-missing");
		}
		if (pressureTolerance == null) {
			throw DomainException.refused("pressure-tolerance-missing");
		}
		if (monthlyBudget == null) {
			throw DomainException.refused("budget-missing");
		}
		if (monthlyBudget.isNegative()) {
			throw DomainException.refused("budget-negative");
		}
		Money max = new Money(MAX_MONTHLY_BUDGET_MINOR_UNITS, monthlyBudget.currency());
		if (monthlyBudget.isMoreThan(max)) {
			throw DomainException.refused("budget-too-high", max.format(Locale.UK));
		}
		if (complaints.size() > MAX_COMPLAINTS) {
			throw DomainException.refused("too-many-complaints", MAX_COMPLAINTS);
		}
		for (int i = 0; i < complaints.size(); i++) {
			Complaint complaint = complaints.get(i);
			if (complaint == null) {
				throw DomainException.refused("complaint-area-missing");
			}
			if (complaint.since() == null) {
				throw DomainException.refused("complaint-since-missing", complaint.area().displayName());
			}
			for (int j = 0; j < i; j++) {
				if (complaints.get(j).sameAs(complaint)) {
					throw DomainException.refused("complaint-listed-twice", complaint.area().displayName(),
							complaint.kindInWords());
				}
			}
		}
		checkAvailability(availability);
		visit = visit == null ? VisitPreferences.NONE : visit;
		if (preferredTherapistId != null && visit.avoids(preferredTherapistId)) {
			throw DomainException.refused("avoided-therapist-preferred");
		}
	}

	/** A profile that says nothing about what the runner wants from a visit. */
	public RunnerProfile(int trainingDaysPerWeek, Level level, Pressure pressureTolerance, Set<Goal> goals,
			Money monthlyBudget, TherapistId preferredTherapistId, List<Complaint> complaints,
			List<AvailableTime> availability) {
		this(trainingDaysPerWeek, level, pressureTolerance, goals, monthlyBudget, preferredTherapistId, complaints,
				availability, VisitPreferences.NONE);
	}

	/** The same profile with these wishes for a visit. */
	public RunnerProfile withVisit(VisitPreferences preferences) {
		return new RunnerProfile(trainingDaysPerWeek, level, pressureTolerance, goals, monthlyBudget,
				preferredTherapistId, complaints, availability, preferences);
	}

	/** A profile without times in the week: the runner can come whenever the clinic is open. */
	public RunnerProfile(int trainingDaysPerWeek, Level level, Pressure pressureTolerance, Set<Goal> goals,
			Money monthlyBudget, TherapistId preferredTherapistId, List<Complaint> complaints) {
		this(trainingDaysPerWeek, level, pressureTolerance, goals, monthlyBudget, preferredTherapistId, complaints,
				List.of());
	}

	/** The same profile with these times in the week (empty: whenever the clinic is open). */
	public RunnerProfile withAvailability(List<AvailableTime> times) {
		return new RunnerProfile(trainingDaysPerWeek, level, pressureTolerance, goals, monthlyBudget,
				preferredTherapistId, complaints, times, visit);
	}

	/** Whether the runner can come from start to end on this day of the week. */
	public boolean canCome(java.time.DayOfWeek day, java.time.LocalTime start, java.time.LocalTime end) {
		return availability.isEmpty() || availability.stream().anyMatch(time -> time.covers(day, start, end));
	}

	/** Whether the runner can come at all on this day of the week. */
	public boolean canComeOn(java.time.DayOfWeek day) {
		return availability.isEmpty() || availability.stream().anyMatch(time -> time.dayOfWeek() == day);
	}

	/**
	 * The profile as a runner saves it today: refused if a complaint starts after today.
	 * @return this profile
	 */
	public RunnerProfile checkedOn(LocalDate today) {
		for (int i = 0; i < complaints.size(); i++) {
			Complaint complaint = complaints.get(i);
			if (complaint.startedAfter(today)) {
				throw DomainException.refused("complaint-in-future", complaint.area().displayName(),
						complaint.since().toString(), i + 1);
			}
		}
		return this;
	}

	private static void checkAvailability(List<AvailableTime> times) {
		for (int i = 0; i < times.size(); i++) {
			AvailableTime time = times.get(i);
			if (time == null) {
				throw DomainException.refused("availability-day-missing");
			}
			long sameDay = times.stream().filter(other -> other != null && other.dayOfWeek() == time.dayOfWeek()).count();
			if (sameDay > MAX_TIMES_A_DAY) {
				throw DomainException.refused("availability-too-many", AvailableTime.dayName(time.dayOfWeek()),
						MAX_TIMES_A_DAY);
			}
			for (int j = 0; j < i; j++) {
				if (times.get(j).overlaps(time)) {
					throw DomainException.refused("availability-overlap", AvailableTime.dayName(time.dayOfWeek()),
							times.get(j).from().toString(), times.get(j).to().toString(), time.from().toString(),
							time.to().toString());
				}
			}
		}
	}

	public boolean hasGoal(Goal goal) {
		return goals.contains(goal);
	}

}
