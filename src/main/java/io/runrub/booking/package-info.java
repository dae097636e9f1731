/**
 * Booking: availability, appointments and calendar files. No therapist is ever double-booked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking",
		allowedDependencies = { "shared", "accounts", "clinic" })
package io.runrub.booking;
