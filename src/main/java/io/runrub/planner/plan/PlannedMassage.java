package io.runrub.planner.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.Reason;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;

/**
 * A suggestion of the runner's stored plan, with its reasons and, apart from them, its adjustments (what was
 * considered and changed). Once booked it links to its appointment; when training changes in a way
 * that moves it, it is flagged with what changed and a proposed new day (and time, once booked).
 */
public record PlannedMassage(Long id, RunnerId runnerId, LocalDate date, Suggestion.Kind kind, Modality modality,
		Pressure pressure, int durationMinutes, ServiceId serviceId, Money price, List<BodyArea> focusAreas,
		TherapistId therapistId, List<Reason> reasons, List<LocalDate> alternatives, AppointmentId appointmentId, String flag,
		LocalDate proposedDate, Instant proposedStart, List<Adjustment> adjustments) {

	public PlannedMassage {
		adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
	}

	/** A planned massage nothing was changed on. */
	public PlannedMassage(Long id, RunnerId runnerId, LocalDate date, Suggestion.Kind kind, Modality modality,
			Pressure pressure, int durationMinutes, ServiceId serviceId, Money price, List<BodyArea> focusAreas,
			TherapistId therapistId, List<Reason> reasons, List<LocalDate> alternatives, AppointmentId appointmentId,
			String flag, LocalDate proposedDate, Instant proposedStart) {
		this(id, runnerId, date, kind, modality, pressure, durationMinutes, serviceId, price, focusAreas, therapistId,
				reasons, alternatives, appointmentId, flag, proposedDate, proposedStart, List.of());
	}

	static PlannedMassage of(RunnerId runnerId, Suggestion suggestion) {
		return new PlannedMassage(null, runnerId, suggestion.date(), suggestion.kind(), suggestion.modality(),
				suggestion.pressure(), suggestion.durationMinutes(), suggestion.serviceId(), suggestion.price(),
				suggestion.focusAreas(), suggestion.therapistId(), suggestion.reasons(), suggestion.alternatives(), null,
				null, null, null, suggestion.adjustments());
	}

	public boolean isBooked() {
		return appointmentId != null;
	}

	public boolean isFlagged() {
		return flag != null;
	}

	boolean isBookedAs(AppointmentId appointment) {
		return appointment.equals(appointmentId);
	}

	/** Its appointment was cancelled: a suggestion again, without the booking or a pending proposal. */
	PlannedMassage unbooked() {
		return new PlannedMassage(id, runnerId, date, kind, modality, pressure, durationMinutes, serviceId, price,
				focusAreas, therapistId, reasons, alternatives, null, null, null, null, adjustments);
	}

	/**
	 * Its appointment moved (same therapist) to another day: the suggestion moves with it. A proposal made for the old
	 * day no longer applies.
	 */
	PlannedMassage rescheduledTo(LocalDate day, TherapistId therapist) {
		return new PlannedMassage(id, runnerId, day, kind, modality, pressure, durationMinutes, serviceId, price,
				focusAreas, therapist, reasons, alternatives, appointmentId, null, null, null, adjustments);
	}

	boolean sameAs(Suggestion suggestion) {
		return date.equals(suggestion.date()) && kind == suggestion.kind() && modality == suggestion.modality();
	}

	PlannedMassage booked(AppointmentId appointment, LocalDate day, TherapistId therapist) {
		return new PlannedMassage(id, runnerId, day, kind, modality, pressure, durationMinutes, serviceId, price,
				focusAreas, therapist, reasons, alternatives, appointment, null, null, null, adjustments);
	}

	PlannedMassage flagged(String why, LocalDate proposed, Instant proposedTime) {
		return new PlannedMassage(id, runnerId, date, kind, modality, pressure, durationMinutes, serviceId,
				price, focusAreas, therapistId, reasons, alternatives, appointmentId, why, proposed, proposedTime, adjustments);
	}

	/** Takes over the new suggestion's day and reasons; keeps the booking link. */
	PlannedMassage movedTo(Suggestion suggestion) {
		return new PlannedMassage(id, runnerId, suggestion.date(), suggestion.kind(), suggestion.modality(),
				suggestion.pressure(), suggestion.durationMinutes(), suggestion.serviceId(), suggestion.price(),
				suggestion.focusAreas(), suggestion.therapistId(), suggestion.reasons(), suggestion.alternatives(),
				appointmentId, null, null, null, suggestion.adjustments());
	}

	PlannedMassage accepted() {
		return new PlannedMassage(id, runnerId, proposedDate == null ? date : proposedDate, kind, modality, pressure,
				durationMinutes, serviceId, price, focusAreas, therapistId, reasons, alternatives, appointmentId,
				null, null, null, adjustments);
	}

}
