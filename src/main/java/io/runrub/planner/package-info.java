/**
 * The recovery planner: the rules of the two source articles turned into a plan — which massage, on which day, at
 * what pressure, how often within the budget — each suggestion explained; booking the whole plan; re-planning when
 * training changes.
 *
 * <p>
 * Other modules see only the named interfaces {@code rules} (the pure rules of the catalogue, which care evaluates
 * too) and {@code spi} (what care provides to the planner). The rest is internal: {@code generation} makes a plan,
 * purely; {@code plan} stores, books and re-plans it; {@code web} shows it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planner",
		allowedDependencies = { "shared", "accounts", "clinic", "booking", "runners", "training",
				"training :: spi", "ledger" })
package io.runrub.planner;
