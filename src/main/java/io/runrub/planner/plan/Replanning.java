package io.runrub.planner.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooked;
import io.runrub.booking.AppointmentCancelled;
import io.runrub.booking.AppointmentRecorded;
import io.runrub.booking.AppointmentRescheduled;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.Suggestion;
import io.runrub.runners.IntakeAnswered;
import io.runrub.runners.RunnerProfileChanged;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.training.TrainingChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When training changes (a race moves, a hard session is added, an import lands) or the profile or health answers
 * change, the stored plan is checked against a fresh one: suggestions and booked appointments that no longer fit are
 * flagged with what changed and a proposed new day (and, for bookings, a free time), which the runner accepts in one
 * click. New suggestions that the change calls for are added. Works from stored summaries: milliseconds.
 */
@Component
public class Replanning {

	private static final Logger log = LoggerFactory.getLogger(Replanning.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	/** A proposal further than this from the suggestion is not the same massage moved, but another one. */
	static final int MAX_MOVE_DAYS = 10;

	private final PlanGeneration generation;

	private final PlannedMassages planned;

	private final Availability availability;

	private final AppointmentBooking booking;

	private final ClinicCatalog catalog;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	Replanning(PlanGeneration generation, PlannedMassages planned, Availability availability,
			AppointmentBooking booking, ClinicCatalog catalog, Clock clock, MessageSourceAccessor messages) {
		this.messages = messages;
		this.generation = generation;
		this.planned = planned;
		this.availability = availability;
		this.booking = booking;
		this.catalog = catalog;
		this.clock = clock;
	}

	// Cross-module listeners: each event is stored with the transaction that published it and completed only when
	// the listener succeeds (in a transaction of its own, after the publisher committed); what is left incomplete is
	// published again on start-up.

	@ApplicationModuleListener
	public void on(TrainingChanged event) {
		replan(event.runnerId(), messages.getMessage("plan.flag.because.training", new Object[] { event.what() }));
	}

	@ApplicationModuleListener
	public void on(RunnerProfileChanged event) {
		replan(event.runnerId(), messages.getMessage("plan.flag.because.profile"));
	}

	@ApplicationModuleListener
	public void on(IntakeAnswered event) {
		replan(event.runnerId(), messages.getMessage("plan.flag.because.intake"));
	}

	/** A massage recorded as history may sit in the days the plan's rules look back on. */
	@ApplicationModuleListener
	public void on(AppointmentRecorded event) {
		replan(event.runnerId(), messages.getMessage("plan.flag.because.recorded"));
	}

	/** A cancelled appointment leaves its suggestion in the plan, unbooked again. */
	@ApplicationModuleListener
	public void on(AppointmentCancelled event) {
		Instant now = clock.instant();
		planned.findByRunner(event.runnerId())
			.stream()
			.filter(massage -> massage.isBookedAs(event.appointmentId()))
			.forEach(massage -> planned.save(massage.unbooked(), now));
	}

	/** The suggestion of a rescheduled appointment moves with it, to the appointment's new day. */
	@ApplicationModuleListener
	public void on(AppointmentRescheduled event) {
		LocalDate day = LocalDate.ofInstant(event.start(), catalog.zone());
		Instant now = clock.instant();
		planned.findByRunner(event.runnerId())
			.stream()
			.filter(massage -> massage.isBookedAs(event.appointmentId()))
			.forEach(massage -> planned.save(massage.rescheduledTo(day, event.therapistId()), now));
	}

	/**
	 * An appointment the runner booked by hand on the day of an unbooked suggestion of the same kind of massage
	 * satisfies it: the suggestion links to the appointment as if booked from the plan. Any other booking changes what
	 * the plan counts as already booked, so the plan is checked again.
	 */
	@ApplicationModuleListener
	public void on(AppointmentBooked event) {
		List<PlannedMassage> stored = planned.findByRunner(event.runnerId());
		if (stored.stream().anyMatch(massage -> massage.isBookedAs(event.appointmentId()))) {
			return; // booked from the plan
		}
		LocalDate day = LocalDate.ofInstant(event.start(), catalog.zone());
		Modality modality = catalog.service(event.serviceId()).modality();
		Optional<PlannedMassage> suggestion = stored.stream()
			.filter(massage -> !massage.isBooked() && massage.date().equals(day) && massage.modality() == modality)
			.findFirst();
		if (suggestion.isPresent()) {
			planned.save(suggestion.get().booked(event.appointmentId(), day, event.therapistId()), clock.instant());
		}
		else {
			replan(event.runnerId(), messages.getMessage("plan.flag.because.booked"));
		}
	}

	/** Compares the stored plan with a fresh one and flags what moved; {@code what} finishes "Because …". */
	void replan(RunnerId runnerId, String what) {
		Optional<PlanGeneration.PlanView> current = generation.current(runnerId);
		if (current.isEmpty()) {
			return;
		}
		Plan fresh;
		try {
			fresh = generation.preview(runnerId, LocalDate.ofInstant(clock.instant(), catalog.zone()).plusDays(1),
					current.get().to());
		}
		catch (DomainException ex) {
			log.debug("No re-plan for runner {}: {}", runnerId, ex.getMessage());
			return;
		}
		Instant now = clock.instant();
		ZoneId zone = catalog.zone();
		List<Suggestion> unmatched = new ArrayList<>(fresh.suggestions());
		List<PlannedMassage> stored = current.get().massages();
		// first the ones that still stand exactly as they are
		for (PlannedMassage massage : stored) {
			unmatched.stream().filter(massage::sameAs).findFirst().ifPresent(unmatched::remove);
		}
		for (PlannedMassage massage : stored) {
			if (massage.date().isBefore(LocalDate.ofInstant(now, zone).plusDays(1))
					|| fresh.suggestions().stream().anyMatch(massage::sameAs)) {
				continue;
			}
			Optional<Suggestion> counterpart = unmatched.stream()
				.filter(suggestion -> suggestion.kind() == massage.kind())
				.filter(suggestion -> Math.abs(suggestion.date().toEpochDay() - massage.date().toEpochDay()) <= MAX_MOVE_DAYS)
				.min(Comparator.comparingLong(suggestion -> Math.abs(suggestion.date().toEpochDay() - massage.date().toEpochDay())));
			counterpart.ifPresent(unmatched::remove);
			if (massage.isBooked()) {
				LocalDate day = counterpart.map(Suggestion::date).orElse(null);
				Instant time = counterpart.flatMap(suggestion -> freeTime(massage, suggestion.date())).orElse(null);
				String why = counterpart.isPresent()
						? messages.getMessage("plan.flag.bookedMoves", new Object[] { what, DAY.format(day) })
						: messages.getMessage("plan.flag.bookedDropped", new Object[] { what });
				planned.save(massage.flagged(why, day, time), now);
			}
			else if (counterpart.isPresent()) {
				planned.save(massage.flagged(messages.getMessage("plan.flag.moves",
						new Object[] { what, DAY.format(counterpart.get().date()) }), counterpart.get().date(), null), now);
			}
			else {
				planned.save(massage.flagged(messages.getMessage("plan.flag.dropped", new Object[] { what }), null, null),
						now);
			}
		}
		for (Suggestion extra : unmatched) {
			planned.save(PlannedMassage.of(runnerId, extra), now);
		}
	}

	/** Accepts a flagged change in one click: moves the suggestion (and its appointment) or drops it. */
	@Transactional
	public PlannedMassage accept(Actor runner, long massageId) {
		PlannedMassage massage = planned.find(runner.runnerId(), massageId)
			.orElseThrow(() -> DomainException.notFound("plan-massage-not-found", massageId));
		if (!massage.isFlagged()) {
			return massage;
		}
		Instant now = clock.instant();
		if (massage.proposedDate() == null) {
			if (massage.isBooked()) {
				booking.cancel(massage.appointmentId(), runner);
			}
			planned.delete(massage);
			return massage.accepted();
		}
		if (massage.isBooked()) {
			Instant start = massage.proposedStart() != null ? massage.proposedStart()
					: freeTime(massage, massage.proposedDate()).orElseThrow(() -> DomainException.conflict(
							"plan-no-free-time", DAY.format(massage.proposedDate())));
			booking.reschedule(massage.appointmentId(), start, runner);
		}
		return planned.save(massage.accepted(), now);
	}

	private Optional<Instant> freeTime(PlannedMassage massage, LocalDate day) {
		if (massage.therapistId() == null) {
			return Optional.empty();
		}
		try {
			return availability
				.slots(massage.serviceId(), day, day, massage.therapistId())
				.stream()
				.map(Slot::start)
				.findFirst();
		}
		catch (DomainException ex) {
			return Optional.empty();
		}
	}


}
