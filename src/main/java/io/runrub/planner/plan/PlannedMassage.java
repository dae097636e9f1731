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
 * A suggestion of the runner's stored plan, with its reasons (what it is) and, apart from them, its adjustments (what
 * was considered and changed). Once booked it links to its appointment, and every reconciliation says of it whether
 * it still fits ({@link Status}); when it does not, {@code flag} says why, and a proposed move names a real slot: day,
 * start and therapist.
 */
public record PlannedMassage(Long id, RunnerId runnerId, LocalDate date, Suggestion.Kind kind, Modality modality,
		Pressure pressure, int durationMinutes, ServiceId serviceId, Money price, List<BodyArea> focusAreas,
		TherapistId therapistId, List<Reason> reasons, List<LocalDate> alternatives, AppointmentId appointmentId, String flag,
		LocalDate proposedDate, Instant proposedStart, Status status, TherapistId proposedTherapistId,
		List<Adjustment> adjustments) {

	/** What the latest reconciliation says of a booked massage. */
	public enum Status {

		/** Still right where it is. */
		OK,
		/** Better on another day: a free slot of a suitable therapist is proposed. */
		MOVE_PROPOSED,
		/** No longer right (the flag says why), and no better time to move it to. */
		NO_LONGER_FITS,
		/** A health answer says no massage now: held for the runner's one-click cancel. */
		UNSAFE

	}

	public PlannedMassage {
		adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
	}

	/** A stored massage without adjustments. */
	public PlannedMassage(Long id, RunnerId runnerId, LocalDate date, Suggestion.Kind kind, Modality modality,
			Pressure pressure, int durationMinutes, ServiceId serviceId, Money price, List<BodyArea> focusAreas,
			TherapistId therapistId, List<Reason> reasons, List<LocalDate> alternatives, AppointmentId appointmentId,
			String flag, LocalDate proposedDate, Instant proposedStart, Status status, TherapistId proposedTherapistId) {
		this(id, runnerId, date, kind, modality, pressure, durationMinutes, serviceId, price, focusAreas, therapistId,
				reasons, alternatives, appointmentId, flag, proposedDate, proposedStart, status, proposedTherapistId,
				List.of());
	}

	/** A planned massage nothing was changed on, before any reconciliation. */
	public PlannedMassage(Long id, RunnerId runnerId, LocalDate date, Suggestion.Kind kind, Modality modality,
			Pressure pressure, int durationMinutes, ServiceId serviceId, Money price, List<BodyArea> focusAreas,
			TherapistId therapistId, List<Reason> reasons, List<LocalDate> alternatives, AppointmentId appointmentId,
			String flag, LocalDate proposedDate, Instant proposedStart) {
		this(id, runnerId, date, kind, modality, pressure, durationMinutes, serviceId, price, focusAreas, therapistId,
				reasons, alternatives, appointmentId, flag, proposedDate, proposedStart, null, null, List.of());
	}

	static PlannedMassage of(RunnerId runnerId, Suggestion suggestion) {
		return new PlannedMassage(null, runnerId, suggestion.date(), suggestion.kind(), suggestion.modality(),
				suggestion.pressure(), suggestion.durationMinutes(), suggestion.serviceId(), suggestion.price(),
				suggestion.focusAreas(), suggestion.therapistId(), suggestion.reasons(), suggestion.alternatives(), null,
				null, null, null, null, null, suggestion.adjustments());
	}

	/** The same massage under the id of a stored one (or as a new one, with {@code null}). */
	PlannedMassage withId(Long newId) {
		return new PlannedMassage(newId, runnerId, date, kind, modality, pressure, durationMinutes, serviceId, price,
				focusAreas, therapistId, reasons, alternatives, appointmentId, flag, proposedDate, proposedStart, status,
				proposedTherapistId, adjustments);
	}

	public boolean isBooked() {
		return appointmentId != null;
	}

	/** Booked and, the latest reconciliation says, not right as it is. */
	public boolean isFlagged() {
		return status != null && status != Status.OK || status == null && flag != null;
	}

	boolean isBookedAs(AppointmentId appointment) {
		return appointment.equals(appointmentId);
	}

	/** Its appointment was cancelled: a suggestion again, without the booking or a pending proposal. */
	PlannedMassage unbooked() {
		return new PlannedMassage(id, runnerId, date, kind, modality, pressure, durationMinutes, serviceId, price,
				focusAreas, therapistId, reasons, alternatives, null, null, null, null, null, null, adjustments);
	}

	/**
	 * Its appointment moved (same therapist) to another day: the suggestion moves with it. A proposal made for the old
	 * day no longer applies.
	 */
	PlannedMassage rescheduledTo(LocalDate day, TherapistId therapist) {
		return new PlannedMassage(id, runnerId, day, kind, modality, pressure, durationMinutes, serviceId, price,
				focusAreas, therapist, reasons, alternatives, appointmentId, null, null, null, Status.OK, null,
				adjustments);
	}

	boolean sameAs(Suggestion suggestion) {
		return date.equals(suggestion.date()) && kind == suggestion.kind() && modality == suggestion.modality();
	}

	PlannedMassage booked(AppointmentId appointment, LocalDate day, TherapistId therapist) {
		return new PlannedMassage(id, runnerId, day, kind, modality, pressure, durationMinutes, serviceId, price,
				focusAreas, therapist, reasons, alternatives, appointment, null, null, null, Status.OK, null,
				adjustments);
	}

	/** What the reconciliation says of it: a status, why (unless OK), and for a move the slot proposed. */
	PlannedMassage reconciled(Status newStatus, String why, LocalDate proposed, Instant proposedTime,
			TherapistId proposedTherapist) {
		return new PlannedMassage(id, runnerId, date, kind, modality, pressure, durationMinutes, serviceId,
				price, focusAreas, therapistId, reasons, alternatives, appointmentId, why, proposed, proposedTime,
				newStatus, proposedTherapist, adjustments);
	}

	/** The proposed move was made: now booked as {@code appointment} with {@code therapist}, on the proposed day. */
	PlannedMassage moved(AppointmentId appointment, TherapistId therapist) {
		return new PlannedMassage(id, runnerId, proposedDate, kind, modality, pressure, durationMinutes, serviceId,
				price, focusAreas, therapist, reasons, alternatives, appointment, null, null, null, Status.OK, null,
				adjustments);
	}

}
