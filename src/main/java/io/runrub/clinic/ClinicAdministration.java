package io.runrub.clinic;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin changes: the clinic and its policies, therapists, their hours and time off, services and rooms. Each
 * method loads, lets the clinic's types check themselves, and saves; the rules live on {@link ClinicInfo},
 * {@link ClinicPolicies}, {@link Therapist}, {@link WorkingPeriod}, {@link TimeOff} and {@link MassageService}.
 */
@Component
@Transactional
public class ClinicAdministration {

	private final JdbcClient jdbc;

	private final Therapists therapists;

	private final MassageServices services;

	private final TimeOffs timeOff;

	private final ClinicCatalog catalog;

	private final AccountRegistration registration;

	private final java.time.Clock clock;

	private final CatalogVersion version;

	private final Closures closures;

	private final ObjectProvider<ClosureConflicts> closureConflicts;

	private final Rooms rooms;

	private final ObjectProvider<AppointmentsInTheWay> inTheWay;

	/** @param closureConflicts the booked appointments on a day (the booking module); none without booking */
	ClinicAdministration(JdbcClient jdbc, Therapists therapists, MassageServices services, TimeOffs timeOff,
			ClinicCatalog catalog, AccountRegistration registration, java.time.Clock clock, CatalogVersion version,
			Closures closures, ObjectProvider<ClosureConflicts> closureConflicts, Rooms rooms,
			ObjectProvider<AppointmentsInTheWay> inTheWay) {
		this.rooms = rooms;
		this.inTheWay = inTheWay;
		this.closures = closures;
		this.closureConflicts = closureConflicts;
		this.clock = clock;
		this.version = version;
		this.jdbc = jdbc;
		this.therapists = therapists;
		this.services = services;
		this.timeOff = timeOff;
		this.catalog = catalog;
		this.registration = registration;
	}

	/**
	 * The clinic as typed: an IANA zone name, an ISO 4217 currency code, notice in minutes, cutoff in hours, fees in
	 * minor units (null: as they are).
	 */
	public record ClinicDetails(String name, String address, String timeZone, String currency, int minNoticeMinutes,
			int maxDaysAhead, int cancellationCutoffHours, Long lateCancelFeeCents, Long noShowFeeCents) {

		/** The clinic and its policies, keeping its fees as they are. */
		public ClinicDetails(String name, String address, String timeZone, String currency, int minNoticeMinutes,
				int maxDaysAhead, int cancellationCutoffHours) {
			this(name, address, timeZone, currency, minNoticeMinutes, maxDaysAhead, cancellationCutoffHours, null,
					null);
		}

		ClinicInfo clinic(ClinicPolicies current) {
			return ClinicInfo.of(name, address, timeZone, currency,
					new ClinicPolicies(Duration.ofMinutes(minNoticeMinutes), maxDaysAhead,
							Duration.ofHours(cancellationCutoffHours),
							lateCancelFeeCents == null ? current.lateCancelFeeCents() : lateCancelFeeCents,
							noShowFeeCents == null ? current.noShowFeeCents() : noShowFeeCents));
		}

	}

	public void updateClinic(ClinicDetails details) {
		save(details.clinic(catalog.clinic().policies()));
		catalogChanged();
	}

	/**
	 * Every change to what {@link ClinicCatalog} caches bumps the catalogue's version in its own transaction, so every
	 * instance reads the catalogue again on its next request (time off is not cached, and does not).
	 */
	private void catalogChanged() {
		version.bump();
		catalog.changed();
	}

	/** The clinic's one row of settings, written by hand (see {@link ClinicCatalog}). */
	private void save(ClinicInfo clinic) {
		Map<String, Object> params = Map.of("name", clinic.name(), "address", clinic.address(), "zone",
				clinic.zone().getId(), "currency", clinic.currency().getCurrencyCode(), "notice",
				clinic.policies().minNotice().toMinutes(), "ahead", clinic.policies().maxDaysAhead(), "cutoff",
				clinic.policies().cancellationCutoff().toHours(), "lateFee", clinic.policies().lateCancelFeeCents(),
				"noShowFee", clinic.policies().noShowFeeCents());
		int updated = jdbc.sql("""
				update clinic set name = :name, address = :address, time_zone = :zone, currency = :currency,
				  min_notice_minutes = :notice, max_days_ahead = :ahead, cancellation_cutoff_hours = :cutoff,
				  late_cancel_fee_cents = :lateFee, no_show_fee_cents = :noShowFee
				where id = 1""").params(params).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into clinic (id, name, address, time_zone, currency, min_notice_minutes, max_days_ahead,
					  cancellation_cutoff_hours, late_cancel_fee_cents, no_show_fee_cents)
					values (1, :name, :address, :zone, :currency, :notice, :ahead, :cutoff, :lateFee, :noShowFee)""").params(params).update();
		}
	}

	/** Creates a therapist together with their login. */
	public TherapistView createTherapist(String name, String email, String password, String bio,
			Set<Modality> modalities) {
		AccountSummary account = registration.create(email, password, name, Role.THERAPIST);
		TherapistView created = therapists.save(Therapist.create(account.id(), name, bio, modalities)).view();
		catalogChanged();
		return created;
	}

	/** A therapist made inactive can no longer log in; made active again, they can. */
	public TherapistView updateTherapist(TherapistId id, String name, String bio, Set<Modality> modalities,
			boolean active) {
		Therapist therapist = therapists.save(load(id).withDetails(name, bio, modalities, active));
		registration.setEnabled(therapist.login(), active);
		catalogChanged();
		return therapist.view();
	}

	/** Sets what the therapist offers beyond modalities: talk running, help with the training programme… */
	public TherapistView setOffers(TherapistId therapistId, Set<io.runrub.shared.VisitWish> offers) {
		TherapistView changed = therapists.save(load(therapistId).withOffers(offers)).view();
		catalogChanged();
		return changed;
	}

	public TherapistView setWorkingHours(TherapistId therapistId, List<WorkingPeriod> periods) {
		TherapistView changed = therapists.save(load(therapistId).withWorkingHours(periods)).view();
		catalogChanged();
		return changed;
	}

	/** How far from today time off may start or end: a typo such as the year 9999 is refused, not kept forever. */
	public static final java.time.Duration TIME_OFF_REACH = java.time.Duration.ofDays(2 * 366);

	/** Time off over no booked appointment; refused ({@code time-off-over-appointments}) if there are any. */
	public TimeOff addTimeOff(TherapistId therapistId, Instant start, Instant end, String reason) {
		return addTimeOff(therapistId, start, end, reason, List.of(), null, null);
	}

	/**
	 * Time off, having first moved or cancelled each booked appointment of the therapist it overlaps as the admin
	 * decided (all in this transaction: if one cannot be done, nothing is). Refused with 409
	 * {@code time-off-over-appointments} while any appointment in the way has no decision (see
	 * {@link #timeOffInTheWay}).
	 * @param clientMessage why the clients are moved or cancelled, as their messages say; the time off's reason when
	 * blank
	 */
	public TimeOff addTimeOff(TherapistId therapistId, Instant start, Instant end, String reason,
			List<AppointmentsInTheWay.Decision> decisions, String clientMessage,
			io.runrub.accounts.Actor admin) {
		Instant now = clock.instant();
		if (start.isBefore(now.minus(TIME_OFF_REACH)) || end.isAfter(now.plus(TIME_OFF_REACH))) {
			throw DomainException.refused("time-off-out-of-range", 2);
		}
		TimeOff off = TimeOff.of(therapistId, start, end, reason);
		load(therapistId);
		List<ClosureConflicts.BookedOnDay> booked = inTheWay().bookedWith(therapistId, start, end);
		decide(booked, decisions, end, blankToNull(clientMessage) == null ? off.reason() : clientMessage, admin,
				() -> DomainException.conflict("time-off-over-appointments", booked.size()));
		if (!booked.isEmpty() && !inTheWay().bookedWith(therapistId, start, end).isEmpty()) {
			throw DomainException.conflict("time-off-over-appointments",
					inTheWay().bookedWith(therapistId, start, end).size());
		}
		return timeOff.save(off);
	}

	/** The appointments in the way of time off, each with the start proposed for it after the time off ends. */
	@Transactional(readOnly = true)
	public List<AppointmentsInTheWay.InTheWay> timeOffInTheWay(TherapistId therapistId, Instant start, Instant end) {
		return withProposals(inTheWay().bookedWith(therapistId, start, end), end);
	}

	/** The appointments in the way of closing a day, each with a start proposed for it from the next day on. */
	@Transactional(readOnly = true)
	public List<AppointmentsInTheWay.InTheWay> closureInTheWay(java.time.LocalDate date) {
		return withProposals(bookedOn(date), date.plusDays(1).atStartOfDay(catalog.zone()).toInstant());
	}

	private List<AppointmentsInTheWay.InTheWay> withProposals(List<ClosureConflicts.BookedOnDay> booked,
			Instant notBefore) {
		if (booked.isEmpty()) {
			return List.of();
		}
		Map<Long, Instant> proposals = inTheWay()
			.proposedMoves(booked.stream().map(ClosureConflicts.BookedOnDay::appointmentId).toList(), notBefore);
		return booked.stream()
			.map(b -> new AppointmentsInTheWay.InTheWay(b.appointmentId(), b.start(), b.runnerName(),
					proposals.get(b.appointmentId())))
			.toList();
	}

	/**
	 * Applies the admin's decisions for the appointments in the way, or refuses: every one needs a decision, and a
	 * decision may only be for one of them.
	 */
	private void decide(List<ClosureConflicts.BookedOnDay> booked, List<AppointmentsInTheWay.Decision> decisions,
			Instant notBefore, String reason, io.runrub.accounts.Actor admin,
			java.util.function.Supplier<DomainException> refusal) {
		List<AppointmentsInTheWay.Decision> given = decisions == null ? List.of() : decisions;
		Set<Long> ids = new java.util.HashSet<>();
		booked.forEach(b -> ids.add(b.appointmentId()));
		Set<Long> decided = new java.util.HashSet<>();
		for (AppointmentsInTheWay.Decision decision : given) {
			if (!ids.contains(decision.appointmentId())) {
				throw DomainException.refused("decision-not-in-the-way", decision.appointmentId());
			}
			if (!decided.add(decision.appointmentId())) {
				throw DomainException.refused("decision-twice", decision.appointmentId());
			}
		}
		if (!decided.containsAll(ids)) {
			throw refusal.get();
		}
		if (given.isEmpty()) {
			return;
		}
		if (admin == null || !admin.isAdmin()) {
			throw DomainException.forbidden("desk-admins-only");
		}
		List<Long> moving = given.stream()
			.filter(d -> d.action() == AppointmentsInTheWay.Action.MOVE && d.moveTo() == null)
			.map(AppointmentsInTheWay.Decision::appointmentId)
			.toList();
		Map<Long, Instant> proposals = moving.isEmpty() ? Map.of() : inTheWay().proposedMoves(moving, notBefore);
		for (Long id : moving) {
			if (!proposals.containsKey(id)) {
				throw DomainException.conflict("no-free-slot-to-move", id);
			}
		}
		inTheWay().apply(given, proposals, reason, admin);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private AppointmentsInTheWay inTheWay() {
		return inTheWay.getIfAvailable(() -> new AppointmentsInTheWay() {
			@Override
			public List<ClosureConflicts.BookedOnDay> bookedWith(TherapistId therapistId, Instant from, Instant to) {
				return List.of();
			}

			@Override
			public Map<Long, Instant> proposedMoves(List<Long> appointmentIds, Instant notBefore) {
				return Map.of();
			}

			@Override
			public void apply(List<Decision> decisions, Map<Long, Instant> proposals, String reason,
					io.runrub.accounts.Actor admin) {
			}
		});
	}

	public void removeTimeOff(TherapistId therapistId, long timeOffId) {
		if (!timeOff.delete(therapistId, timeOffId)) {
			throw DomainException.notFound("no-such-time-off", timeOffId);
		}
	}

	public List<TimeOff> upcomingTimeOff(TherapistId therapistId, Instant now) {
		return timeOff.endingAfter(therapistId, now);
	}

	/**
	 * Closes the clinic for a day. Refused while appointments are booked on it (the admin moves or cancels them
	 * first: see {@link #bookedOn}), for a day already closed, and for a day in the past or beyond the time-off reach.
	 */
	public Closure addClosure(java.time.LocalDate date, String reason) {
		return addClosure(date, reason, List.of(), null, null);
	}

	/**
	 * Closes the clinic for a day, having first moved or cancelled each appointment booked on it as the admin decided
	 * (all in this transaction). Refused with 409 {@code closure-over-appointments} while any has no decision.
	 * @param clientMessage why the clients are moved or cancelled; the closure's reason when blank
	 */
	public Closure addClosure(java.time.LocalDate date, String reason, List<AppointmentsInTheWay.Decision> decisions,
			String clientMessage, io.runrub.accounts.Actor admin) {
		Closure closure = new Closure(null, date, reason);
		java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), catalog.zone());
		if (date.isBefore(today) || date.isAfter(today.plusDays(TIME_OFF_REACH.toDays()))) {
			throw DomainException.refused("closure-out-of-range", 2);
		}
		if (closures.on(date).isPresent()) {
			throw DomainException.conflict("closure-exists", date.toString());
		}
		List<ClosureConflicts.BookedOnDay> booked = bookedOn(date);
		decide(booked, decisions, date.plusDays(1).atStartOfDay(catalog.zone()).toInstant(),
				blankToNull(clientMessage) == null ? closure.reason() : clientMessage, admin,
				() -> DomainException.conflict("closure-over-appointments", date.toString(), booked.size()));
		if (!booked.isEmpty() && !bookedOn(date).isEmpty()) {
			throw DomainException.conflict("closure-over-appointments", date.toString(), bookedOn(date).size());
		}
		try {
			Closure saved = closures.save(closure);
			catalogChanged();
			return saved;
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw DomainException.conflict("closure-exists", date.toString());
		}
	}

	/** The booked appointments on a clinic day, which stop it from being closed. */
	@Transactional(readOnly = true)
	public List<ClosureConflicts.BookedOnDay> bookedOn(java.time.LocalDate date) {
		return closureConflicts.getIfAvailable(() -> day -> List.of()).bookedOn(date);
	}

	public void removeClosure(long closureId) {
		catalogChanged();
		if (!closures.delete(closureId)) {
			throw DomainException.notFound("no-such-closure", closureId);
		}
	}

	/**
	 * A service as typed; the price in minor units (pence, cents) of the clinic's currency; whether it needs a
	 * treatment room.
	 */
	public record ServiceDetails(String name, Modality modality, int durationMinutes, int priceCents,
			int bufferBeforeMinutes, int bufferAfterMinutes, boolean active, boolean roomRequired, String description) {

		/** A service that needs no room, without a description. */
		public ServiceDetails(String name, Modality modality, int durationMinutes, int priceCents,
				int bufferBeforeMinutes, int bufferAfterMinutes, boolean active) {
			this(name, modality, durationMinutes, priceCents, bufferBeforeMinutes, bufferAfterMinutes, active, false,
					null);
		}

		/** A service without a description. */
		public ServiceDetails(String name, Modality modality, int durationMinutes, int priceCents,
				int bufferBeforeMinutes, int bufferAfterMinutes, boolean active, boolean roomRequired) {
			this(name, modality, durationMinutes, priceCents, bufferBeforeMinutes, bufferAfterMinutes, active,
					roomRequired, null);
		}

		/** A service that needs no room. */
		public ServiceDetails(String name, Modality modality, int durationMinutes, int priceCents,
				int bufferBeforeMinutes, int bufferAfterMinutes, boolean active, String description) {
			this(name, modality, durationMinutes, priceCents, bufferBeforeMinutes, bufferAfterMinutes, active, false,
					description);
		}

		MassageService service(ServiceId id, ClinicInfo clinic) {
			return new MassageService(id, name, modality, durationMinutes, clinic.money(priceCents),
					bufferBeforeMinutes, bufferAfterMinutes, active, roomRequired, description);
		}

	}

	public MassageService createService(ServiceDetails details) {
		MassageService created = services.save(details.service(null, catalog.clinic()));
		catalogChanged();
		return created;
	}

	public MassageService updateService(ServiceId id, ServiceDetails details) {
		if (!services.existsById(id)) {
			throw DomainException.notFound("no-such-service", id);
		}
		MassageService changed = services.save(details.service(id, catalog.clinic()));
		catalogChanged();
		return changed;
	}

	/** Adds a treatment room, active. */
	public Room createRoom(String name) {
		Room created = saveRoom(new Room(null, name, true));
		catalogChanged();
		return created;
	}

	/** Renames a room, or takes it out of (or back into) use; its appointments keep it. */
	public Room updateRoom(RoomId id, String name, boolean active) {
		Room changed = saveRoom(new Room(id, name, active));
		if (changed == null) {
			throw DomainException.notFound("no-such-room", id);
		}
		catalogChanged();
		return changed;
	}

	private Room saveRoom(Room room) {
		try {
			return rooms.save(room);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw DomainException.conflict("room-name-taken", room.name());
		}
	}

	private Therapist load(TherapistId id) {
		return therapists.findById(id.value()).orElseThrow(() -> DomainException.notFound("no-such-therapist", id));
	}

}
