package io.runrub.booking;

import java.time.ZonedDateTime;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.Modality;

/** An appointment as people see it, with times in the clinic's zone. */
public record AppointmentView(AppointmentId id, RunnerId runnerId, String runnerName, TherapistId therapistId,
		String therapistName, ServiceId serviceId, String serviceName, Modality modality, int durationMinutes,
		ZonedDateTime start, ZonedDateTime end, AppointmentStatus status, boolean changeableByRunner, int sequence) {

	public boolean isBooked() {
		return status == AppointmentStatus.BOOKED;
	}

}
