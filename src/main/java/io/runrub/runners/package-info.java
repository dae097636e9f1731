/**
 * Runners: a runner's profile (training, level, pressure tolerance, goals, budget, preferred therapist, complaints)
 * and the health screening (intake) that decides whether and how they may be massaged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runners",
		allowedDependencies = { "shared", "accounts", "clinic" })
package io.runrub.runners;
