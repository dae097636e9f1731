/**
 * Ledger: each runner's account statement (purchases, payments, charges, credits used and returned) and the
 * packages a clinic sells. A booking of a package's service uses one of the runner's credits in the booking's own
 * transaction, so that one credit can never pay for two appointments; a cancellation in time gives it back; a late
 * cancellation or a no-show does not, and is charged the clinic's fee if no credit paid for it. Payment is taken at
 * the clinic (an admin records it) behind {@code ledger.payments.PaymentGateway}, so a card provider can be added.
 * Hears booking's events; other modules ask {@link io.runrub.ledger.PrepaidSessions} how many sessions a runner has
 * paid for, and gives the reports the packages sold ({@code reports.spi.PackageSales}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ledger",
		allowedDependencies = { "shared", "accounts", "clinic", "booking", "reports :: spi" })
package io.runrub.ledger;
