package io.runrub.notifications;

/** What a message is about; people see it through {@code notifications.kind.<NAME>} in messages.properties. */
public enum MessageKind {

	BOOKING_CONFIRMED, APPOINTMENT_MOVED, APPOINTMENT_CANCELLED, REMINDER, PLAN_BOOKED, PASSWORD_RESET, HEALTH_CHANGED,
	WAITLIST_OFFER, CLIENT_INVITED

}
