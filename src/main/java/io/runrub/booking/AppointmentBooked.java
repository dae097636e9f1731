package io.runrub.booking;

import java.time.Instant;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.RoomId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/**
 * A runner booked an appointment.
 * @param roomId the treatment room it takes; null when its service needs none (and in events stored before rooms)
 */
public record AppointmentBooked(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
		ServiceId serviceId, Instant start, Instant end, RoomId roomId) {

	/** An appointment without a room. */
	public AppointmentBooked(AppointmentId appointmentId, RunnerId runnerId, TherapistId therapistId,
			ServiceId serviceId, Instant start, Instant end) {
		this(appointmentId, runnerId, therapistId, serviceId, start, end, null);
	}

}
