package io.runrub.planner.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooked;
import io.runrub.booking.AppointmentCancelled;
import io.runrub.booking.AppointmentRecorded;
import io.runrub.booking.AppointmentRescheduled;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.runners.IntakeAnswered;
import io.runrub.runners.RunnerProfileChanged;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.training.TrainingChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change the plan depends on — training, a race, the profile, the health answers, an appointment booked, moved
 * or cancelled by anyone — runs the one reconciliation again ({@link PlanGeneration#reconcile(RunnerId)}): the
 * suggestions follow, and each booked massage gets its status. The runner accepts a proposed move (or cancels a
 * massage that no longer fits or is unsafe) in one click.
 */
@Component
public class Replanning {

	/** A proposal further than this from the suggestion is not the same massage moved, but another one. */
	static final int MAX_MOVE_DAYS = 10;

	private final PlanGeneration generation;

	private final PlannedMassages planned;

	private final AppointmentBooking booking;

	private final ClinicCatalog catalog;

	private final Clock clock;

	Replanning(PlanGeneration generation, PlannedMassages planned, AppointmentBooking booking, ClinicCatalog catalog,
			Clock clock) {
		this.generation = generation;
		this.planned = planned;
		this.booking = booking;
		this.catalog = catalog;
		this.clock = clock;
	}

	// Cross-module listeners: each event is stored with the transaction that published it and completed only when
	// the listener succeeds (in a transaction of its own, after the publisher committed); what is left incomplete is
	// published again on start-up.

	@ApplicationModuleListener
	public void on(TrainingChanged event) {
		generation.reconcile(event.runnerId());
	}

	@ApplicationModuleListener
	public void on(RunnerProfileChanged event) {
		generation.reconcile(event.runnerId());
	}

	/** A stop answer makes every booked massage unsafe and puts the stop advice first, at once. */
	@ApplicationModuleListener
	public void on(IntakeAnswered event) {
		generation.reconcile(event.runnerId());
	}

	/** A massage recorded as history may sit in the days the plan's rules look back on. */
	@ApplicationModuleListener
	public void on(AppointmentRecorded event) {
		generation.reconcile(event.runnerId());
	}

	/** A cancelled appointment is no longer booked: its place in the plan is a suggestion again. */
	@ApplicationModuleListener
	public void on(AppointmentCancelled event) {
		if (!planned.anyFor(event.runnerId())) {
			return;
		}
		Instant now = clock.instant();
		planned.findByRunner(event.runnerId())
			.stream()
			.filter(massage -> massage.isBookedAs(event.appointmentId()))
			.forEach(massage -> planned.save(massage.unbooked(), now));
		generation.reconcile(event.runnerId());
	}

	/** The suggestion of a rescheduled appointment moves with it, to the appointment's new day, and is checked there. */
	@ApplicationModuleListener
	public void on(AppointmentRescheduled event) {
		if (!planned.anyFor(event.runnerId())) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(event.start(), catalog.zone());
		Instant now = clock.instant();
		planned.findByRunner(event.runnerId())
			.stream()
			.filter(massage -> massage.isBookedAs(event.appointmentId()))
			.forEach(massage -> planned.save(massage.rescheduledTo(day, event.therapistId()), now));
		generation.reconcile(event.runnerId());
	}

	/**
	 * An appointment the runner booked by hand on the day of an unbooked suggestion of the same kind of massage
	 * satisfies it: the suggestion links to the appointment as if booked from the plan. Any booking changes what the
	 * plan counts as already booked, so the plan is reconciled again.
	 */
	@ApplicationModuleListener
	public void on(AppointmentBooked event) {
		if (!planned.anyFor(event.runnerId())) {
			return; // no plan and no planned massage: nothing to link, nothing to reconcile
		}
		List<PlannedMassage> stored = planned.findByRunner(event.runnerId());
		if (stored.stream().noneMatch(massage -> massage.isBookedAs(event.appointmentId()))) {
			LocalDate day = LocalDate.ofInstant(event.start(), catalog.zone());
			Modality modality = catalog.service(event.serviceId()).modality();
			stored.stream()
				.filter(massage -> !massage.isBooked() && massage.date().equals(day) && massage.modality() == modality)
				.findFirst()
				.ifPresent(suggestion -> planned.save(suggestion.booked(event.appointmentId(), day, event.therapistId()),
						clock.instant()));
		}
		generation.reconcile(event.runnerId());
	}

	/**
	 * The runner's one click on a booked massage the reconciliation flagged: a proposed move is made (with the same
	 * therapist, a reschedule; with another, the new booking first and then the old one cancelled, in one
	 * transaction); a massage that no longer fits or is unsafe is cancelled and leaves the plan.
	 */
	@Transactional
	public PlannedMassage accept(Actor runner, long massageId) {
		PlannedMassage massage = planned.find(runner.runnerId(), massageId)
			.orElseThrow(() -> DomainException.notFound("plan-massage-not-found", massageId));
		if (!massage.isBooked() || !massage.isFlagged()) {
			return massage;
		}
		Instant now = clock.instant();
		if (massage.status() == PlannedMassage.Status.MOVE_PROPOSED && massage.proposedStart() != null) {
			TherapistId therapist = massage.proposedTherapistId() == null ? massage.therapistId()
					: massage.proposedTherapistId();
			if (therapist.equals(massage.therapistId())) {
				booking.reschedule(massage.appointmentId(), massage.proposedStart(), runner);
				return planned.save(massage.moved(massage.appointmentId(), therapist), now);
			}
			AppointmentView moved = booking.book(new AppointmentBooking.BookingRequest(runner.runnerId(),
					massage.serviceId(), massage.proposedStart(), therapist,
					"plan-move-" + massage.id() + "-" + massage.proposedStart().getEpochSecond()));
			PlannedMassage saved = planned.save(massage.moved(moved.id(), therapist), now);
			booking.cancel(massage.appointmentId(), runner);
			return saved;
		}
		booking.cancel(massage.appointmentId(), runner);
		planned.delete(massage);
		return massage.unbooked();
	}

}
