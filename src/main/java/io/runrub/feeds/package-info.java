/**
 * Feeds: what other programs read from RunRub. Each runner and therapist has a private calendar subscription
 * ({@code webcal://…/calendar/{token}.ics}) that calendar apps poll, and admins register webhooks that hear of
 * appointments booked, moved, cancelled and attended (or missed). Everything here is internal; it reads booking and the clinic through
 * their APIs and hears booking's events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feeds",
		allowedDependencies = { "shared", "accounts", "clinic", "booking", "notifications",
				"training :: spi" })
package io.runrub.feeds;
