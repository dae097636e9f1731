/**
 * The owner's reports: utilisation per therapist per ISO week, appointments with cancellations, late cancellations and
 * no-shows per week, revenue by service, and race-week demand (runners' planned pre- and post-race massages against
 * the clinic's free therapist time). Charts with the numbers beside them, and CSV.
 *
 * <p>
 * Reports only read. They are a read model: each report is one or two set-based queries over a bounded range (at most
 * a year) against the tables of booking, training and the planner, rather than calls through those modules' APIs,
 * which serve one runner or one appointment at a time. The clinic's catalogue (therapists, hours, time off, closed
 * days, zone, currency) comes through {@code clinic}'s API. No runner's own data ever leaves this module: race-week
 * figures are counts of runners, and any group of fewer than three runners is withheld.
 *
 * <p>
 * {@code spi} is what other modules may provide to the reports (package sales: the ledger provides them).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "shared", "accounts", "clinic", "reports :: spi" })
package io.runrub.reports;
