package io.runrub.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.IntakeScreening;
import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books, cancels and moves appointments. Policies are checked here; the guarantee that a therapist is never
 * double-booked comes from the database (see {@link OverlapGuard}), so two requests racing for one slot can never
 * both win.
 */
@Component
public class AppointmentBooking {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.UK);

	private final ClinicCatalog catalog;

	private final Availability availability;

	private final Appointments appointments;

	private final OverlapGuard guard;

	private final AppointmentCalendar calendar;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final IntakeScreening screening;

	private final Clock clock;

	AppointmentBooking(ClinicCatalog catalog, Availability availability, Appointments appointments, OverlapGuard guard,
			AppointmentCalendar calendar, TransactionTemplate transactions, ApplicationEventPublisher events,
			IntakeScreening screening, Clock clock) {
		this.catalog = catalog;
		this.availability = availability;
		this.appointments = appointments;
		this.guard = guard;
		this.calendar = calendar;
		// nested: inside a caller's transaction (booking a whole plan) a refused attempt rolls back to a savepoint
		// instead of dooming the caller's transaction; on its own it is an ordinary transaction
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.events = events;
		this.screening = screening;
		this.clock = clock;
	}

	/**
	 * A booking request. Without a therapist, any qualified therapist free at that time is chosen, spreading work
	 * evenly. A retried request with the same idempotency key returns the first result.
	 */
	public record BookingRequest(long runnerId, long serviceId, Instant start, Long therapistId,
			String idempotencyKey) {
	}

	/**
	 * Books a service, once the runner's health answers allow its modality (see
	 * {@link IntakeScreening#checkBeforeBooking}) and the clinic's policies allow the time. A retry of a request that
	 * was booked returns that booking, as its checks were passed when it was made.
	 */
	public AppointmentView book(BookingRequest request) {
		Optional<AppointmentView> replay = replay(request);
		if (replay.isPresent()) {
			return replay.get();
		}
		MassageService service = catalog.service(ServiceId.of(request.serviceId()));
		if (!service.active()) {
			throw new DomainException.RuleViolation("Service not offered", service.name() + " is no longer offered.");
		}
		// SAFE-STOP and SAFE-RESTRICT: refused before anything is written
		screening.checkBeforeBooking(request.runnerId(), service.modality());
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		checkPolicies(clinic, request.start(), now);
		if (appointments.runnerHasBookedOverlapping(request.runnerId(),
				new TimeWindow(request.start(), request.start().plus(service.duration())), null)) {
			// the same request, retried while the first was being written, is not a second booking
			Optional<AppointmentView> first = replay(request);
			if (first.isPresent()) {
				return first.get();
			}
			checkRunnerIsFree(request.runnerId(), request.start(), request.start().plus(service.duration()), null,
					clinic);
		}

		LocalDate day = LocalDate.ofInstant(request.start(), clinic.zone());
		List<TherapistView> candidates = availability.therapistsFor(service, request.therapistId());
		Map<Long, Schedule> schedules = availability.schedules(candidates, clinic.zone(), day, day);
		List<TherapistView> free = candidates.stream()
			.filter(therapist -> schedules.get(therapist.id().value()).whyUnavailable(service, request.start()).isEmpty())
			.sorted(Comparator.comparingLong((TherapistView therapist) -> schedules.get(therapist.id().value())
				.bookedMinutesOn(day)).thenComparing(therapist -> therapist.id().value()))
			.toList();
		if (free.isEmpty()) {
			throw notWorking(service, candidates, schedules, request, clinic.zone());
		}
		for (TherapistView therapist : free) {
			try {
				Appointment booked = transactions.execute(status -> insert(request, service, therapist.id().value(), now));
				return calendar.view(booked);
			}
			catch (OverlapGuard.SlotTaken ex) {
				// taken by someone else a moment ago: try the next therapist
			}
			catch (DuplicateKeyException ex) {
				// the same request, retried concurrently, won: fall through to the replay below
				break;
			}
		}
		return replay(request).orElseThrow(() -> new DomainException.Conflict("Slot taken",
				"%s is no longer free. Please choose another time."
					.formatted(WHEN.format(request.start().atZone(clinic.zone())))));
	}

	private Appointment insert(BookingRequest request, MassageService service, long therapistId, Instant now) {
		Appointment appointment = insertBooked(request.runnerId(), therapistId, service, request.start(),
				request.idempotencyKey(), now);
		events.publishEvent(new AppointmentBooked(appointment.id(), appointment.runnerId(), therapistId, service.id().value(),
				appointment.start(), appointment.end()));
		return appointment;
	}

	/**
	 * The one way a booked appointment is written: the guard first (a row lock on H2), then the insert, which the
	 * exclusion constraint checks on PostgreSQL. Either way an overlap surfaces as {@link OverlapGuard.SlotTaken}.
	 */
	private Appointment insertBooked(long runnerId, long therapistId, MassageService service, Instant start,
			String idempotencyKey, Instant now) {
		TimeWindow block = Schedule.block(service, start);
		guard.claim(therapistId, block, null);
		try {
			return appointments.insert(new Appointment(null, runnerId, therapistId, service.id().value(), start,
					start.plus(service.duration()), block, AppointmentStatus.BOOKED, idempotencyKey, now, null));
		}
		catch (DuplicateKeyException ex) {
			throw ex;
		}
		catch (DataIntegrityViolationException ex) {
			if (guard.isOverlap(ex)) {
				throw new OverlapGuard.SlotTaken();
			}
			throw ex;
		}
	}

	/** An appointment that already took place, as a clinic records it when it moves its records into RunRub. */
	public record PastAppointment(long runnerId, long therapistId, long serviceId, Instant start) {
	}

	/**
	 * Records an appointment that has already started. The clinic's notice and booking-ahead policies, working hours
	 * and whether the service or therapist is still offered do not apply to history; the guarantee that a therapist
	 * is never double-booked does, through the same insert path and {@link OverlapGuard} as every booking.
	 * @throws DomainException.RuleViolation if it has not started yet (book it instead)
	 * @throws DomainException.Conflict if it overlaps another booked appointment of the therapist
	 */
	public AppointmentView recordPast(PastAppointment past) {
		MassageService service = catalog.service(ServiceId.of(past.serviceId()));
		TherapistView therapist = catalog.therapist(TherapistId.of(past.therapistId()));
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		if (!past.start().isBefore(now)) {
			throw new DomainException.RuleViolation("Not in the past",
					"Only appointments that have already started can be recorded as history; book future appointments instead.");
		}
		try {
			Appointment recorded = transactions.execute(status -> {
				Appointment appointment = insertBooked(past.runnerId(), therapist.id().value(), service, past.start(), null,
						now);
				events.publishEvent(new AppointmentRecorded(appointment.id(), appointment.runnerId(),
						appointment.therapistId(), service.id().value(), appointment.start(), appointment.end()));
				return appointment;
			});
			return calendar.view(recorded);
		}
		catch (OverlapGuard.SlotTaken ex) {
			throw new DomainException.Conflict("Slot taken",
					"%s already has an appointment that overlaps %s, buffers included."
						.formatted(therapist.name(), WHEN.format(past.start().atZone(clinic.zone()))));
		}
	}

	/** A runner cannot be in two appointments at once. */
	private void checkRunnerIsFree(long runnerId, Instant start, Instant end, Long exceptId, ClinicInfo clinic) {
		if (appointments.runnerHasBookedOverlapping(runnerId, new TimeWindow(start, end), exceptId)) {
			throw new DomainException.Conflict("You are booked then",
					"You already have an appointment at %s. Choose another time."
						.formatted(WHEN.format(start.atZone(clinic.zone()))));
		}
	}

	private Optional<AppointmentView> replay(BookingRequest request) {
		if (request.idempotencyKey() == null) {
			return Optional.empty();
		}
		return appointments.findByIdempotencyKey(request.runnerId(), request.idempotencyKey()).map(first -> {
			if (first.serviceId() != request.serviceId() || !first.start().equals(request.start())) {
				throw new DomainException.RuleViolation("Idempotency key reused",
						"This Idempotency-Key was already used for a different booking. Use a new key for a new booking.");
			}
			return calendar.view(first);
		});
	}

	/** Cancels an appointment: its runner until the cutoff, an admin at any time. */
	public AppointmentView cancel(long appointmentId, RunRubUser actor) {
		ClinicInfo clinic = catalog.clinic();
		Appointment cancelled = transactions.execute(status -> {
			Appointment appointment = changeable(appointmentId, actor, clinic);
			if (!appointment.isBooked()) {
				return appointment;
			}
			Appointment result = appointment.cancelled(clock.instant());
			appointments.update(result);
			events.publishEvent(new AppointmentCancelled(result.id(), result.runnerId(), result.therapistId(),
					result.start()));
			return result;
		});
		return calendar.view(cancelled);
	}

	/** Moves an appointment to another start with the same therapist. */
	public AppointmentView reschedule(long appointmentId, Instant newStart, RunRubUser actor) {
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		Appointment current = changeable(appointmentId, actor, clinic);
		if (!current.isBooked()) {
			throw new DomainException.RuleViolation("Appointment cancelled",
					"This appointment was cancelled; book a new one instead.");
		}
		// the appointment keeps the length it was booked with, even if the service has been changed since
		MassageService offered = catalog.service(ServiceId.of(current.serviceId()));
		if (actor.is(Role.RUNNER)) {
			checkPolicies(clinic, newStart, now);
			// a new time is a new visit: a stop answer given since booking stops it too
			screening.checkBeforeBooking(current.runnerId(), offered.modality());
		}
		checkRunnerIsFree(current.runnerId(), newStart, newStart.plus(Duration.between(current.start(), current.end())),
				current.id(), clinic);
		MassageService service = offered.lasting(Duration.between(current.start(), current.end()));
		TherapistView therapist = catalog.therapist(TherapistId.of(current.therapistId()));
		LocalDate day = LocalDate.ofInstant(newStart, clinic.zone());
		Schedule schedule = availability.schedules(List.of(therapist), clinic.zone(), day, day).get(therapist.id().value());
		schedule.whyUnavailable(service, newStart).ifPresent(reason -> {
			throw new DomainException.RuleViolation("Therapist not available", "%s is not available %s: %s."
				.formatted(therapist.name(), WHEN.format(newStart.atZone(clinic.zone())), reason));
		});
		try {
			Appointment moved = transactions.execute(status -> {
				Appointment appointment = changeable(appointmentId, actor, clinic);
				Appointment result = appointment.movedTo(newStart, Schedule.block(service, newStart));
				guard.claim(result.therapistId(), result.block(), result.id());
				try {
					appointments.update(result);
				}
				catch (DataIntegrityViolationException ex) {
					if (guard.isOverlap(ex)) {
						throw new OverlapGuard.SlotTaken();
					}
					throw ex;
				}
				events.publishEvent(new AppointmentRescheduled(result.id(), result.runnerId(), result.therapistId(),
						appointment.start(), result.start()));
				return result;
			});
			return calendar.view(moved);
		}
		catch (OverlapGuard.SlotTaken ex) {
			throw new DomainException.Conflict("Slot taken", "%s is not free at %s. Please choose another time."
				.formatted(therapist.name(), WHEN.format(newStart.atZone(clinic.zone()))));
		}
	}

	private Appointment changeable(long appointmentId, RunRubUser actor, ClinicInfo clinic) {
		Appointment appointment = calendar.visible(appointmentId, actor);
		if (actor.is(Role.ADMIN)) {
			return appointment;
		}
		if (!actor.is(Role.RUNNER) || appointment.runnerId() != actor.accountId()) {
			throw new DomainException.Forbidden("Only the runner who booked it or an admin can change an appointment.");
		}
		if (appointment.isBooked() && !appointment.canBeChangedByRunnerAt(clock.instant(), clinic.policies())) {
			throw new DomainException.RuleViolation("Too late to change", ("Appointments can be cancelled or moved "
					+ "up to %d hours before they start. Please call the clinic.")
				.formatted(clinic.policies().cancellationCutoff().toHours()));
		}
		return appointment;
	}

	private static void checkPolicies(ClinicInfo clinic, Instant start, Instant now) {
		if (start.isBefore(clinic.policies().earliestStart(now))) {
			long minutes = clinic.policies().minNotice().toMinutes();
			throw new DomainException.RuleViolation("Too short notice",
					"Appointments must be booked at least %s ahead.".formatted(minutes % 60 == 0
							? (minutes / 60) + (minutes == 60 ? " hour" : " hours") : minutes + " minutes"));
		}
		if (LocalDate.ofInstant(start, clinic.zone()).isAfter(clinic.policies().lastBookableDay(now, clinic.zone()))) {
			throw new DomainException.RuleViolation("Too far ahead", "Appointments can be booked at most %d days ahead."
				.formatted(clinic.policies().maxDaysAhead()));
		}
	}

	private static DomainException notWorking(MassageService service, List<TherapistView> candidates,
			Map<Long, Schedule> schedules, BookingRequest request, ZoneId zone) {
		String when = WHEN.format(request.start().atZone(zone));
		if (request.therapistId() != null) {
			TherapistView therapist = candidates.get(0);
			String reason = schedules.get(therapist.id().value()).whyUnavailable(service, request.start()).orElse("");
			return new DomainException.RuleViolation("Therapist not available",
					"%s is not available %s: %s.".formatted(therapist.name(), when, reason));
		}
		return new DomainException.RuleViolation("No therapist available",
				"No therapist offering %s works %s. Please choose one of the free times shown."
					.formatted(service.modality().displayName(), when));
	}

}
