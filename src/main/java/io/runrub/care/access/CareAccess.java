package io.runrub.care.access;

import java.util.Optional;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Who may see a runner's clinical record: a therapist who has treated the runner or is booked with them — that is,
 * who has a booked (not cancelled) appointment with them, past or future. Nobody else: not other therapists, not
 * admins, and not the runner, who sees the runner-facing part (feedback, homework, insights) instead.
 */
@Component
public class CareAccess {

	private final ClinicCatalog catalog;

	private final AppointmentCalendar calendar;

	CareAccess(ClinicCatalog catalog, AppointmentCalendar calendar) {
		this.catalog = catalog;
		this.calendar = calendar;
	}

	Optional<TherapistView> therapistOf(Actor actor) {
		if (actor == null || !actor.is(Role.THERAPIST)) {
			return Optional.empty();
		}
		// a therapist who has left the clinic (deactivated) no longer sees any clinical record
		return catalog.therapistForAccount(actor.accountId()).filter(TherapistView::active);
	}

	public TherapistView requireTherapist(Actor actor) {
		return therapistOf(actor).orElseThrow(() -> DomainException.forbidden("therapist-profile-required"));
	}

	public boolean mayReadRecordOf(Actor actor, RunnerId runnerId) {
		return therapistOf(actor).map(therapist -> treatsOrIsBookedWith(therapist.id(), runnerId)).orElse(false);
	}

	boolean treatsOrIsBookedWith(TherapistId therapistId, RunnerId runnerId) {
		return calendar.forRunner(runnerId)
			.stream()
			.anyMatch(appointment -> appointment.therapistId().equals(therapistId) && appointment.isBooked());
	}

}
