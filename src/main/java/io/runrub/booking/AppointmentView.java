package io.runrub.booking;

import java.time.ZonedDateTime;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.RoomId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.Modality;

/**
 * An appointment as people see it, with times in the clinic's zone.
 * @param roomId the treatment room it takes, null when its service needs none
 * @param roomName that room's name, null without one
 */
public record AppointmentView(AppointmentId id, RunnerId runnerId, String runnerName, TherapistId therapistId,
		String therapistName, ServiceId serviceId, String serviceName, Modality modality, int durationMinutes,
		ZonedDateTime start, ZonedDateTime end, AppointmentStatus status, boolean changeableByRunner, int sequence,
		RoomId roomId, String roomName) {

	/** An appointment without a room. */
	public AppointmentView(AppointmentId id, RunnerId runnerId, String runnerName, TherapistId therapistId,
			String therapistName, ServiceId serviceId, String serviceName, Modality modality, int durationMinutes,
			ZonedDateTime start, ZonedDateTime end, AppointmentStatus status, boolean changeableByRunner,
			int sequence) {
		this(id, runnerId, runnerName, therapistId, therapistName, serviceId, serviceName, modality, durationMinutes,
				start, end, status, changeableByRunner, sequence, null, null);
	}

	public boolean isBooked() {
		return status == AppointmentStatus.BOOKED;
	}

}
