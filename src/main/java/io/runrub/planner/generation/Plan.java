package io.runrub.planner.generation;

import java.time.LocalDate;
import java.util.List;

import io.runrub.planner.rules.Warning;

/** Dated massage suggestions over a horizon, and what the runner should know about the plan as a whole. */
public record Plan(LocalDate from, LocalDate to, List<Suggestion> suggestions, List<Warning> warnings) {
}
