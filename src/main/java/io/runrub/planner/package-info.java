/**
 * The recovery planner: the rules of the two source articles turned into a plan — which massage, on which day, at
 * what pressure, how often within the budget — each suggestion explained; booking the whole plan; re-planning when
 * training changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planner",
		allowedDependencies = { "shared", "accounts", "clinic", "booking", "runners", "training" })
package io.runrub.planner;
