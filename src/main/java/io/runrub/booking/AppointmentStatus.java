package io.runrub.booking;

public enum AppointmentStatus {

	BOOKED, CANCELLED

}
