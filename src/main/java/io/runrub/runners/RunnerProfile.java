package io.runrub.runners;

import java.util.List;
import java.util.Set;

import io.runrub.shared.Pressure;

public record RunnerProfile(int trainingDaysPerWeek, Level level, Pressure pressureTolerance, Set<Goal> goals,
		int monthlyBudgetCents, Long preferredTherapistId, List<Complaint> complaints) {
}
