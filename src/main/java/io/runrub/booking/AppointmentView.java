package io.runrub.booking;

import java.time.ZonedDateTime;

import io.runrub.shared.Modality;

/** An appointment as people see it, with times in the clinic's zone. */
public record AppointmentView(long id, long runnerId, String runnerName, long therapistId, String therapistName,
		long serviceId, String serviceName, Modality modality, int durationMinutes, ZonedDateTime start,
		ZonedDateTime end, AppointmentStatus status, boolean changeableByRunner) {

	public boolean isBooked() {
		return status == AppointmentStatus.BOOKED;
	}

}
