package io.runrub.care.access;

import java.util.Optional;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.CareGrant;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Who may see a runner's clinical record: a therapist who has treated the runner or is booked with them — that is,
 * who has a booked (not cancelled) appointment with them, past or future, that the runner made or confirmed (see
 * {@link CareGrant}). History an admin recorded counts only once the runner confirms it, so that no admin action alone
 * can make someone the runner's therapist. Nobody else: not other therapists, not admins, and not the runner, who sees
 * the runner-facing part (feedback, homework, insights) instead.
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
		return grantFor(actor, runnerId).isPresent();
	}

	/**
	 * What lets the user into the runner's clinical record, if anything: they are an active therapist with a booked
	 * appointment with the runner that the runner booked, or that an admin recorded as history and the runner
	 * confirmed. Nothing an admin does alone — creating a therapist login, recording history — opens a record.
	 */
	public Optional<CareGrant> grantFor(Actor actor, RunnerId runnerId) {
		return therapistOf(actor).flatMap(therapist -> calendar.careGrant(therapist.id(), runnerId));
	}

}
