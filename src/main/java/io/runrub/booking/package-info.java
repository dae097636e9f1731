/**
 * Booking: availability, appointments and calendar files. No therapist is ever double-booked, and nobody is booked
 * whose health answers do not allow it (runners' intake screening).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking",
		allowedDependencies = { "shared", "accounts", "clinic", "runners" })
package io.runrub.booking;
