package io.runrub.runners;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.runrub.shared.Pressure;

/**
 * What a runner tells RunRub about themselves: how often they train, their level, the most pressure they are
 * comfortable with, what they want from massage, what they can spend a month (in the clinic's currency, in cents),
 * the therapist they prefer (null: no preference) and what bothers them. {@link RunnerProfiles#save} checks the
 * values; this record only makes its collections unmodifiable (a null collection becomes an empty one).
 */
public record RunnerProfile(int trainingDaysPerWeek, Level level, Pressure pressureTolerance, Set<Goal> goals,
		int monthlyBudgetCents, Long preferredTherapistId, List<Complaint> complaints) {

	public RunnerProfile {
		goals = goals == null || goals.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(goals));
		complaints = complaints == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(complaints));
	}

	public boolean hasGoal(Goal goal) {
		return goals.contains(goal);
	}

}
