package io.runrub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.RoomId;
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
 * Books, cancels and moves appointments: loads what the rules need, asks the {@link Appointment} and the therapist's
 * {@link Schedule}, saves and publishes. The guarantee that a therapist is never double-booked comes from the
 * database (see {@link OverlapGuard}), so two requests racing for one slot can never both win.
 */
@Component
public class AppointmentBooking {

	private final ClinicCatalog catalog;

	private final Availability availability;

	private final Appointments appointments;

	private final OverlapGuard guard;

	private final AppointmentCalendar calendar;

	private final TransactionTemplate transactions;

	private final TransactionTemplate booking;

	private final ApplicationEventPublisher events;

	private final IntakeScreening screening;

	private final Clock clock;

	private final AnyTherapistOrder anyTherapist;

	AppointmentBooking(ClinicCatalog catalog, Availability availability, Appointments appointments, OverlapGuard guard,
			AppointmentCalendar calendar, TransactionTemplate transactions, ApplicationEventPublisher events,
			IntakeScreening screening, Clock clock,
			org.springframework.beans.factory.ObjectProvider<AnyTherapistOrder> anyTherapist) {
		this.anyTherapist = anyTherapist.getIfAvailable(() -> (runner, free) -> free);
		this.catalog = catalog;
		this.availability = availability;
		this.appointments = appointments;
		this.guard = guard;
		this.calendar = calendar;
		// nested: inside a caller's transaction (booking a whole plan) a refused attempt rolls back to a savepoint
		// instead of dooming the caller's transaction; on its own it is an ordinary transaction
		this.transactions = new TransactionTemplate(transactions.getTransactionManager());
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.booking = new TransactionTemplate(transactions.getTransactionManager());
		this.events = events;
		this.screening = screening;
		this.clock = clock;
	}

	/**
	 * A booking request. Without a therapist, any qualified therapist free at that time is chosen, spreading work
	 * evenly; without a room, a service that needs one takes any free active room (a room given is taken whether or
	 * not the service needs one). A retried request with the same idempotency key returns the first result.
	 */
	public record BookingRequest(RunnerId runnerId, ServiceId serviceId, Instant start, TherapistId therapistId,
			String idempotencyKey, RoomId roomId) {

		/** A request that leaves the room (if the service needs one) to be chosen. */
		public BookingRequest(RunnerId runnerId, ServiceId serviceId, Instant start, TherapistId therapistId,
				String idempotencyKey) {
			this(runnerId, serviceId, start, therapistId, idempotencyKey, null);
		}

	}

	/**
	 * Books a service, once the runner's health answers allow its modality (see
	 * {@link IntakeScreening#checkBeforeBooking}) and the clinic's policies allow the time. A retry of a request that
	 * was booked returns that booking, as its checks were passed when it was made.
	 */
	public AppointmentView book(BookingRequest request) {
		// one transaction for the whole booking (or the caller's): each attempt below is a savepoint within it
		return booking.execute(status -> bookWithin(request, null));
	}

	/**
	 * The front desk books for a client. Everything a runner's own booking checks applies, and the no-overlap
	 * guarantee exactly as always, except: an admin who says so ({@code overrideNotice}) may book inside the clinic's
	 * notice or beyond its booking-ahead days (never in the past), which is logged and kept on the appointment; and a
	 * client who has never answered the health questions may be booked (see
	 * {@link IntakeScreening#checkBeforeDeskBooking}).
	 */
	public AppointmentView bookForClient(BookingRequest request, Actor admin, boolean overrideNotice) {
		if (!admin.isAdmin()) {
			throw DomainException.forbidden("desk-admins-only");
		}
		return booking.execute(status -> bookWithin(request, new Desk(admin.accountId(), overrideNotice)));
	}

	/** Who books at the desk, and whether they override the notice policies. */
	private record Desk(AccountId admin, boolean overrideNotice) {
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AppointmentBooking.class);

	private AppointmentView bookWithin(BookingRequest request, Desk desk) {
		Optional<AppointmentView> replay = replay(request);
		if (replay.isPresent()) {
			return replay.get();
		}
		MassageService service = catalog.service(request.serviceId());
		if (!service.active()) {
			throw DomainException.refused("service-withdrawn", service.name());
		}
		// SAFE-STOP and SAFE-RESTRICT: refused before anything is written
		if (desk == null) {
			screening.checkBeforeBooking(request.runnerId(), service.modality());
		}
		else {
			screening.checkBeforeDeskBooking(request.runnerId(), service.modality());
		}
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		boolean overriding = desk != null && desk.overrideNotice();
		if (overriding) {
			if (!request.start().isAfter(now)) {
				throw DomainException.refused("desk-start-past");
			}
		}
		else {
			Appointment.checkBookable(request.start(), now, clinic.policies(), clinic.zone());
		}
		checkOpen(request.start(), clinic.zone());
		ServiceFootprint footprint = ServiceFootprint.of(service);
		LocalDate day = LocalDate.ofInstant(request.start(), clinic.zone());
		// the candidates come from the cached catalogue; a refusal waits until the runner's own clash has been ruled
		// out, which is the first thing a runner is told
		List<TherapistView> candidates;
		DomainException unqualified = null;
		try {
			candidates = availability.therapistsFor(service, request.therapistId());
		}
		catch (DomainException ex) {
			candidates = List.of();
			unqualified = ex;
		}
		// the rooms it may take (none when the service needs none), read with the therapists' bookings
		List<Long> rooms = availability.roomsFor(service, request.roomId());
		Availability.ForBooking booked = availability.forBooking(candidates, clinic.zone(), day, request.runnerId(),
				footprint.window(request.start()), rooms);
		if (booked.runnerBusy()) {
			// the same request, retried while the first was being written, is not a second booking
			Optional<AppointmentView> first = replay(request);
			if (first.isPresent()) {
				return first.get();
			}
			// at the desk the admin books for the client: the words are about the client, not "you"
			throw desk != null ? DomainException.conflict("desk-client-busy", when(request.start(), clinic.zone()))
					: runnerBusy(request.start(), clinic.zone());
		}
		if (unqualified != null) {
			throw unqualified;
		}
		Map<TherapistId, Schedule> schedules = booked.schedules();
		long spread = request.runnerId().value() ^ request.start().getEpochSecond();
		List<TherapistView> free = candidates.stream()
			.filter(therapist -> schedules.get(therapist.id()).whyUnavailable(footprint, request.start()).isEmpty())
			.sorted(Comparator.comparingLong((TherapistView therapist) -> schedules.get(therapist.id())
				.bookedMinutesOn(day)).thenComparingLong(therapist -> spread(therapist.id(), spread)))
			.toList();
		if (free.isEmpty()) {
			throw notWorking(service, footprint, candidates, schedules, request, clinic.zone());
		}
		// a slot held for another runner (a waitlist offer) is theirs until the hold runs out
		if (!booked.heldForOthers().isEmpty()) {
			TimeWindow block = footprint.block(request.start());
			List<TherapistId> held = booked.heldForOthers()
				.stream()
				.filter(hold -> availability.block(hold).overlaps(block))
				.map(SlotHolds.Hold::therapistId)
				.toList();
			free = free.stream().filter(therapist -> !held.contains(therapist.id())).toList();
			if (free.isEmpty()) {
				throw DomainException.conflict("slot-held", when(request.start(), clinic.zone()));
			}
		}
		List<Long> freeRooms = booked.rooms().freeFor(footprint.block(request.start()));
		if (booked.rooms().needed() && freeRooms.isEmpty()) {
			throw request.roomId() != null
					? DomainException.conflict("room-taken", catalog.room(request.roomId()).name(),
							when(request.start(), clinic.zone()))
					: DomainException.conflict("no-room-free", when(request.start(), clinic.zone()));
		}
		if (request.therapistId() == null) {
			// "any therapist": the runner's choice, then what they want from the visit; never one they avoid
			free = anyTherapist.order(request.runnerId(), free);
			if (free.isEmpty()) {
				throw DomainException.conflict("only-avoided-therapists-free", when(request.start(), clinic.zone()));
			}
		}
		// racers for "any therapist" start from different therapists among the least busy, and on PostgreSQL pass over
		// a therapist another booking is writing to; those passed over are tried again, waiting, if no other is free
		// (a room another booking is writing to is passed over too, and tried again, waiting, in the second round)
		boolean passOverBusy = free.size() > 1 || !freeRooms.isEmpty();
		boolean lockedAll = !guard.databaseEnforces();
		if (lockedAll) {
			guard.lockAll(free.stream().map(TherapistView::id).toList());
			if (!freeRooms.isEmpty()) {
				guard.lockRooms(freeRooms); // after the therapists, as every booking does
			}
		}
		List<TherapistView> passedOver = new java.util.ArrayList<>();
		for (List<TherapistView> round : List.of(free, passedOver)) {
			for (TherapistView therapist : List.copyOf(round)) {
				Appointment appointment = Appointment.book(request.runnerId(), therapist.id(),
						request.serviceId(), request.start(), footprint, request.idempotencyKey(), now);
				boolean mayPass = passOverBusy && round == free && guard.databaseEnforces();
				try {
					Appointment saved = transactions.execute(status -> {
						Appointment inserted = insert(appointment, mayPass, lockedAll, freeRooms);
						if (inserted == null && !freeRooms.isEmpty()) {
							// the therapist's row may be locked with no room taken: let it go (a savepoint's row
							// locks go with it on PostgreSQL), or racers holding therapists wait for each other
							status.setRollbackOnly();
						}
						if (inserted != null) {
							events.publishEvent(new AppointmentBooked(inserted.id(), inserted.runnerId(),
									inserted.therapistId(), inserted.serviceId(), inserted.start(), inserted.end(),
									inserted.roomId()));
						}
						return inserted;
					});
					if (saved != null) {
						if (overriding) {
							appointments.markNoticeOverriddenBy(saved.id(), desk.admin());
							log.info("Admin {} booked appointment {} for runner {} at {} overriding the notice policies",
									desk.admin().value(), saved.id().value(), saved.runnerId().value(), saved.start());
						}
						return calendar.view(saved);
					}
					if (mayPass) {
						passedOver.add(therapist); // busy, or taken: the second round, waiting, tells which
					}
				}
				catch (OverlapGuard.SlotTaken ex) {
					// taken by someone else a moment ago: try the next therapist
				}
				catch (DuplicateKeyException ex) {
					// the same request, retried concurrently, won: fall through to the replay below
					return replayOrTaken(request, clinic.zone());
				}
			}
		}
		return replayOrTaken(request, clinic.zone());
	}

	private AppointmentView replayOrTaken(BookingRequest request, ZoneId zone) {
		return replay(request).orElseThrow(() -> DomainException.conflict("slot-taken", when(request.start(), zone)));
	}

	/** A fixed but different order of equally busy therapists for each runner and time (a 64-bit mix). */
	private static long spread(TherapistId therapist, long seed) {
		long mixed = (therapist.value() + seed) * 0x9E3779B97F4A7C15L;
		return mixed ^ (mixed >>> 31);
	}

	/**
	 * The one way a booked appointment is written, with the therapist's row locked first (see {@link OverlapGuard}).
	 * On PostgreSQL lock and insert are one statement, which inserts nothing when the block is already taken or, if
	 * {@code mayPassOver}, when another booking holds the therapist's row. On H2 the lock is a statement of its own
	 * and the insert checks for an overlap itself. Either way a block seen taken inserts nothing and returns null, with
	 * nothing to roll back; an overlap the database refuses (committed after the statement began) surfaces as
	 * {@link OverlapGuard.SlotTaken}. Given rooms, it takes the first of them still free (see
	 * {@link Appointments#insertLocked(Appointment, boolean, List)}), or inserts nothing when none is.
	 */
	private Appointment insert(Appointment appointment, boolean mayPassOver, boolean alreadyLocked, List<Long> rooms) {
		try {
			if (guard.databaseEnforces()) {
				return appointments.insertLocked(appointment, mayPassOver, rooms).orElse(null);
			}
			if (!alreadyLocked) {
				guard.lock(appointment.therapistId());
				if (!rooms.isEmpty()) {
					guard.lockRooms(rooms);
				}
			}
			return appointments.insertIfFree(appointment, rooms).orElse(null);
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

	/** As {@link #insert(Appointment, boolean, boolean, List)}, without a room, waiting for the therapist's row; a taken block is refused. */
	private Appointment insert(Appointment appointment) {
		Appointment inserted = insert(appointment, false, false, List.of());
		if (inserted == null) {
			throw new OverlapGuard.SlotTaken();
		}
		return inserted;
	}

	/** How far back history may be recorded: ten years, which covers any clinic's records and no typo (year 0001). */
	public static final java.time.Duration HISTORY_REACH = java.time.Duration.ofDays(3653);

	/** An appointment that already took place, as a clinic records it when it moves its records into RunRub. */
	public record PastAppointment(RunnerId runnerId, TherapistId therapistId, ServiceId serviceId, Instant start,
			AccountId recordedBy) {

		public PastAppointment {
			java.util.Objects.requireNonNull(recordedBy, "recordedBy");
		}

	}

	/**
	 * Records an appointment that has already started. The clinic's notice and booking-ahead policies, working hours
	 * and whether the service or therapist is still offered do not apply to history; the guarantee that a therapist
	 * is never double-booked does, through the same insert path and {@link OverlapGuard} as every booking.
	 * @throws DomainException.RuleViolation if it has not started yet (book it instead)
	 * @throws DomainException.Conflict if it overlaps another booked appointment of the therapist
	 */
	public AppointmentView recordPast(PastAppointment past) {
		MassageService service = catalog.service(past.serviceId());
		TherapistView therapist = catalog.therapist(past.therapistId());
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		if (!past.start().isBefore(now)) {
			throw DomainException.refused("not-in-the-past");
		}
		if (past.start().isBefore(now.minus(HISTORY_REACH))) {
			throw DomainException.refused("history-too-old", 10);
		}
		Appointment appointment = Appointment.book(past.runnerId(), therapist.id(), past.serviceId(),
				past.start(), ServiceFootprint.of(service), null, now);
		try {
			Appointment recorded = transactions.execute(status -> {
				Appointment saved = insert(appointment);
				appointments.markRecordedBy(saved.id(), past.recordedBy());
				events.publishEvent(new AppointmentRecorded(saved.id(), saved.runnerId(), saved.therapistId(),
						saved.serviceId(), saved.start(), saved.end()));
				return saved;
			});
			return calendar.view(recorded);
		}
		catch (OverlapGuard.SlotTaken ex) {
			throw DomainException.conflict("history-overlaps", therapist.name(), when(past.start(), clinic.zone()));
		}
	}

	/**
	 * The runner confirms that an appointment an admin recorded as history did take place: from then on it lets its
	 * therapist into the runner's clinical record, as one the runner booked does. Only the appointment's runner may
	 * confirm it; confirming twice changes nothing.
	 * @throws DomainException.NotFound for anyone but its runner
	 * @throws DomainException.RuleViolation if it was not recorded as history, or was cancelled
	 */
	public AppointmentView confirmHistory(AppointmentId appointmentId, Actor actor) {
		Appointment appointment = calendar.visible(appointmentId, actor);
		if (!actor.is(Role.RUNNER)) {
			throw DomainException.forbidden("appointment-not-yours");
		}
		AccountId recordedBy = appointments.recordedBy(appointmentId)
			.orElseThrow(() -> DomainException.refused("not-recorded-history"));
		if (!appointment.isBooked()) {
			throw DomainException.refused("appointment-cancelled");
		}
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			if (appointments.confirmByRunner(appointmentId, now)) {
				events.publishEvent(new HistoryConfirmed(appointmentId, appointment.runnerId(),
						appointment.therapistId(), recordedBy, now));
			}
		});
		return calendar.view(appointment);
	}

	private Optional<AppointmentView> replay(BookingRequest request) {
		if (request.idempotencyKey() == null) {
			return Optional.empty();
		}
		return appointments.findByIdempotencyKey(request.runnerId(), request.idempotencyKey()).map(first -> {
			if (!first.serviceId().equals(request.serviceId()) || !first.start().equals(request.start())) {
				throw DomainException.refused("idempotency-key-reused");
			}
			return calendar.view(first);
		});
	}

	/**
	 * Cancels an appointment: its runner until it starts (inside the clinic's cutoff, a late cancellation, recorded
	 * and published as such with the clinic's fee), an admin at any time (see {@link Appointment}).
	 */
	public AppointmentView cancel(AppointmentId appointmentId, Actor actor) {
		return cancel(appointmentId, actor, null);
	}

	/**
	 * Cancels an appointment, saying why: the clinic's reason goes into the client's message (a runner's own
	 * cancellation has none).
	 */
	public AppointmentView cancel(AppointmentId appointmentId, Actor actor, String reason) {
		String why = reason(actor, reason);
		ClinicInfo clinic = catalog.clinic();
		Appointment cancelled = transactions.execute(status -> {
			Appointment appointment = calendar.visible(appointmentId, actor);
			Instant now = clock.instant();
			Appointment result = appointment.cancelBy(actor, now, clinic.policies());
			if (result == appointment) {
				return appointment;
			}
			boolean late = appointment.isLateCancellationBy(actor, now, clinic.policies());
			appointments.update(result);
			if (late) {
				appointments.markLateCancellation(result.id());
			}
			if (why != null) {
				appointments.setChangeReason(result.id(), why);
			}
			events.publishEvent(new AppointmentCancelled(result.id(), result.runnerId(), result.therapistId(),
					result.start(), actor.role(), late, late ? clinic.policies().lateCancelFeeCents() : 0, why));
			return result;
		});
		return calendar.view(cancelled);
	}

	/**
	 * Moves an appointment to another start with the same therapist (and its room, or another free one, if it has
	 * one). It keeps the length it was booked with, even if
	 * the service has been changed since; a runner's move must also meet the clinic's booking policies and their
	 * current health answers (a new time is a new visit).
	 */
	public AppointmentView reschedule(AppointmentId appointmentId, Instant newStart, Actor actor) {
		return reschedule(appointmentId, newStart, null, actor, null);
	}

	/**
	 * As {@link #reschedule(AppointmentId, Instant, Actor)}, and with another therapist when {@code therapistId} names
	 * one (null keeps the current one): they must offer the service and be free at the new start.
	 */
	public AppointmentView reschedule(AppointmentId appointmentId, Instant newStart, TherapistId therapistId,
			Actor actor) {
		return reschedule(appointmentId, newStart, therapistId, actor, null);
	}

	/** Moves an appointment, saying why: the clinic's reason goes into the client's message. */
	public AppointmentView reschedule(AppointmentId appointmentId, Instant newStart, Actor actor, String reason) {
		return reschedule(appointmentId, newStart, null, actor, reason);
	}

	/** Moves an appointment to another start and perhaps another therapist, with the clinic's reason if any. */
	public AppointmentView reschedule(AppointmentId appointmentId, Instant newStart, TherapistId therapistId,
			Actor actor, String reason) {
		String why = reason(actor, reason);
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		Appointment current = calendar.visible(appointmentId, actor);
		MassageService offered = catalog.service(current.serviceId());
		TherapistId target = therapistId == null ? current.therapistId() : therapistId;
		if (!target.equals(current.therapistId())) {
			availability.therapistsFor(offered, target); // refuses a therapist who does not offer the service
		}
		Appointment proposed = current.moveBy(actor, newStart, target, ServiceFootprint.of(offered), now,
				clinic.policies());
		if (actor.is(Role.RUNNER)) {
			Appointment.checkBookable(newStart, now, clinic.policies(), clinic.zone());
			screening.checkBeforeBooking(current.runnerId(), offered.modality());
		}
		checkOpen(newStart, clinic.zone());
		if (appointments.runnerHasBookedOverlapping(current.runnerId(), proposed.window(), current.id())) {
			throw runnerBusy(newStart, clinic.zone());
		}
		TherapistView therapist = catalog.therapist(target);
		LocalDate day = LocalDate.ofInstant(newStart, clinic.zone());
		Schedule schedule = availability.schedules(List.of(therapist), clinic.zone(), day, day).get(therapist.id());
		schedule.whyUnavailable(ServiceFootprint.of(offered).withLength(current.length()), newStart)
			.ifPresent(unavailable -> {
				throw DomainException.refused(unavailable, therapist.name(), when(newStart, clinic.zone()));
			});
		// its own room if that is free at the new time, else another free room in use (else refused)
		io.runrub.clinic.RoomId room = current.roomId() == null ? null
				: roomFor(current, proposed.block()).orElseThrow(() -> DomainException.conflict("room-taken",
						catalog.room(current.roomId()).name(), when(newStart, clinic.zone())));
		try {
			Appointment moved = transactions.execute(status -> {
				Appointment appointment = calendar.visible(appointmentId, actor);
				Appointment result = appointment.moveBy(actor, newStart, target, ServiceFootprint.of(offered),
						clock.instant(), clinic.policies()).inRoom(room);
				guard.claim(result.therapistId(), result.roomId(), result.block(), result.id());
				try {
					appointments.update(result);
				}
				catch (DataIntegrityViolationException ex) {
					if (guard.isOverlap(ex)) {
						throw new OverlapGuard.SlotTaken();
					}
					throw ex;
				}
				if (why != null) {
					appointments.setChangeReason(result.id(), why);
				}
				events.publishEvent(new AppointmentRescheduled(result.id(), result.runnerId(), result.therapistId(),
						appointment.start(), result.start(), actor.role(), result.sequence(), why));
				return result;
			});
			return calendar.view(moved);
		}
		catch (OverlapGuard.SlotTaken ex) {
			throw DomainException.conflict("therapist-taken", therapist.name(), when(newStart, clinic.zone()));
		}
	}

	/** A room free for the moved block: the appointment's own first, then the other rooms in use, by id. */
	private Optional<io.runrub.clinic.RoomId> roomFor(Appointment current, io.runrub.shared.TimeWindow block) {
		List<io.runrub.clinic.RoomId> candidates = new java.util.ArrayList<>();
		candidates.add(current.roomId());
		catalog.activeRooms()
			.stream()
			.map(io.runrub.clinic.Room::id)
			.filter(id -> !id.equals(current.roomId()))
			.sorted(Comparator.comparingLong(io.runrub.clinic.RoomId::value))
			.forEach(candidates::add);
		return candidates.stream()
			.filter(candidate -> !appointments.roomOverlapsBooked(candidate, block, current.id()))
			.findFirst();
	}

	/** The longest reason the clinic gives for a move or cancellation. */
	public static final int MAX_REASON = 300;

	/** The clinic's reason, tidied; a runner gives none. */
	private static String reason(Actor actor, String reason) {
		if (reason == null || reason.isBlank() || !actor.isAdmin()) {
			return null;
		}
		String tidy = reason.strip().replaceAll("\\s+", " ");
		if (tidy.length() > MAX_REASON) {
			throw DomainException.refused("change-reason-too-long", MAX_REASON);
		}
		return tidy;
	}

	private static final java.time.format.DateTimeFormatter CLOSED_DAY = java.time.format.DateTimeFormatter
		.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK);

	/** Nobody is booked, or moved, onto a day the clinic is closed (an admin included: the clinic is shut). */
	private void checkOpen(Instant start, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(start, zone);
		catalog.closureOn(day).ifPresent(closure -> {
			throw DomainException.refused("clinic-closed", CLOSED_DAY.format(day), closure.reason());
		});
	}

	/** A runner cannot be in two appointments at once. */
	private static DomainException runnerBusy(Instant start, ZoneId zone) {
		return DomainException.conflict("runner-busy", when(start, zone));
	}

	private static DomainException notWorking(MassageService service, ServiceFootprint footprint,
			List<TherapistView> candidates, Map<TherapistId, Schedule> schedules, BookingRequest request, ZoneId zone) {
		String when = when(request.start(), zone);
		if (request.therapistId() != null) {
			TherapistView therapist = candidates.get(0);
			String reason = schedules.get(therapist.id())
				.whyUnavailable(footprint, request.start())
				.orElse("outside-working-hours");
			return DomainException.refused(reason, therapist.name(), when);
		}
		return DomainException.refused("no-therapist-available", service.modality().displayName(), when);
	}

	/** A time as a person in the clinic reads it. */
	private static String when(Instant instant, ZoneId zone) {
		return Appointment.WHEN.format(instant.atZone(zone));
	}

}
