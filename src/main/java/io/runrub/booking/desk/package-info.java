/**
 * The front desk: the clinic's whole schedule for a day or a week, and booking, moving and cancelling for clients
 * (finding them by name or email, or creating and inviting a new one). It asks {@link io.runrub.booking.AppointmentBooking}
 * for every change, so the no-overlap guarantee and the client's messages are those of every booking.
 */
package io.runrub.booking.desk;
