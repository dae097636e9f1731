/**
 * Notifications: the messages clients expect (booking confirmation, change, cancellation, reminder, "your plan is booked", password reset),
 * written to an outbox in the transaction of the work that causes them and sent by a dispatcher that claims each
 * message so that no two instances send it. Its root holds what admins read about the messages; the outbox, the
 * messages' composition and the web layer are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "accounts", "clinic", "booking", "planner", "runners", "waitlist" })
package io.runrub.notifications;
