/**
 * Training: a runner's sessions (planned and completed) and races, imports from the apps runners use, training load,
 * fitness, fatigue and form, and which sessions were hard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
		allowedDependencies = { "shared", "accounts", "clinic" })
package io.runrub.training;
