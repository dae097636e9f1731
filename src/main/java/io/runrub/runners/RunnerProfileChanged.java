package io.runrub.runners;

/** A runner saved their profile: training days, level, tolerance, goals, budget, therapist or complaints. */
public record RunnerProfileChanged(long runnerId) {
}
