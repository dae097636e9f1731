package io.runrub.runners;

import io.runrub.accounts.RunnerId;

/** A runner saved their profile: training days, level, tolerance, goals, budget, therapist or complaints. */
public record RunnerProfileChanged(RunnerId runnerId) {
}
