package io.runrub.planner;

import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;

/** A runner booked their plan: the appointments it booked in one go (at least one). */
public record PlanBooked(RunnerId runnerId, List<AppointmentId> appointmentIds) {

	public PlanBooked {
		appointmentIds = List.copyOf(appointmentIds);
	}

}
