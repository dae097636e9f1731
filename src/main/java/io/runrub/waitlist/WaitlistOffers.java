package io.runrub.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.training.RacePriority;
import io.runrub.training.RaceView;
import io.runrub.training.TrainingCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers freed slots to waiting runners and books the ones they accept.
 *
 * <p>
 * A freed slot (a therapist and a start) goes to the best-matching entry: one the slot suits (its days, times and
 * therapist, and the service bookable then), whose plan needs it most (made from the plan first, then the nearest A or
 * B race within four weeks), then the one waiting longest. It is held for that runner for {@code runrub.waitlist.hold}.
 * The database allows one open offer per slot and per entry (unique constraints on the open columns), so two
 * listeners or instances offering one slot at once cannot both succeed. A declined or expired offer passes the slot to
 * the next entry, never back to one that had it.
 *
 * <p>
 * Accepting books through {@link AppointmentBooking} with the offer as idempotency key, with the offer's row locked:
 * a double click books once, and a slot someone else took in the meantime is a 409.
 */
@Component
public class WaitlistOffers {

	/** How far ahead a race makes a runner's need for a massage more pressing. */
	static final int RACE_HORIZON_DAYS = 28;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
			Locale.UK);

	private final WaitlistStore store;

	private final ClinicCatalog catalog;

	private final Availability availability;

	private final AppointmentBooking booking;

	private final AppointmentCalendar calendar;

	private final TrainingCalendar training;

	private final ApplicationEventPublisher events;

	private final WaitlistProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final TransactionTemplate savepoint;

	WaitlistOffers(WaitlistStore store, ClinicCatalog catalog, Availability availability, AppointmentBooking booking,
			AppointmentCalendar calendar, TrainingCalendar training, ApplicationEventPublisher events,
			WaitlistProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.catalog = catalog;
		this.availability = availability;
		this.booking = booking;
		this.calendar = calendar;
		this.training = training;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** The runner's offers still held for them, soonest first. */
	public List<WaitlistOffer> open(Actor actor) {
		Instant now = clock.instant();
		return store.offersOf(runner(actor).runnerId(), WaitlistOffer.Status.OPEN)
			.stream()
			.filter(offer -> offer.isOpenAt(now))
			.toList();
	}

	/**
	 * A slot was freed: offers it to the best-matching waiting entry, unless it is already held for someone.
	 * @return the offer made, if any
	 */
	public Optional<WaitlistOffer> slotFreed(TherapistId therapist, Instant start) {
		return transactions.execute(status -> offer(therapist, start, clock.instant()));
	}

	/**
	 * Books the offered slot for its runner. Accepting an offer already accepted returns its appointment.
	 * @throws DomainException.NotFound if it is not the caller's offer
	 * @throws DomainException.Conflict if the hold ran out, it was declined, or the slot was taken by someone else
	 */
	public AppointmentView accept(long offerId, Actor actor) {
		Actor runner = runner(actor);
		try {
			return transactions.execute(status -> {
				WaitlistOffer offer = store.lockOffer(offerId)
					.filter(found -> found.runnerId().equals(runner.runnerId()))
					.orElseThrow(() -> DomainException.notFound("waitlist-offer-not-found", offerId));
				if (offer.status() == WaitlistOffer.Status.ACCEPTED) {
					return calendar.find(offer.appointmentId(), runner);
				}
				Instant now = clock.instant();
				if (!offer.isOpenAt(now)) {
					throw DomainException.conflict("waitlist-offer-closed", when(offer.start()));
				}
				AppointmentView booked;
				try {
					booked = booking.book(new AppointmentBooking.BookingRequest(runner.runnerId(), offer.serviceId(),
							offer.start(), offer.therapistId(), "waitlist-offer-" + offer.id()));
				}
				catch (DomainException ex) {
					throw new SlotGone(offer, ex);
				}
				store.close(offer.id(), WaitlistOffer.Status.ACCEPTED, booked.id(), now);
				store.markBooked(offer.entryId());
				return booked;
			});
		}
		catch (SlotGone gone) {
			// the booking's refusal rolled the whole attempt back; if the slot is no longer free the offer is closed
			// on its own (the runner keeps waiting for another); a refusal about the runner (already booked then,
			// health answers) is theirs to see as it is, and the hold stays
			WaitlistOffer offer = gone.offer;
			LocalDate day = LocalDate.ofInstant(offer.start(), catalog.zone());
			boolean stillFree = availability.slotsFor(offer.runnerId(), offer.serviceId(), day, day, offer.therapistId())
				.stream()
				.anyMatch(slot -> slot.start().equals(offer.start()));
			if (stillFree) {
				throw (DomainException) gone.getCause();
			}
			transactions.executeWithoutResult(
					status -> store.close(offer.id(), WaitlistOffer.Status.GONE, null, clock.instant()));
			throw DomainException.conflict("waitlist-offer-gone", when(offer.start()));
		}
	}

	/** The runner does not want the slot: it passes at once to the next waiting entry. Declining twice is harmless. */
	public void decline(long offerId, Actor actor) {
		Actor runner = runner(actor);
		transactions.executeWithoutResult(status -> {
			WaitlistOffer offer = store.lockOffer(offerId)
				.filter(found -> found.runnerId().equals(runner.runnerId()))
				.orElseThrow(() -> DomainException.notFound("waitlist-offer-not-found", offerId));
			Instant now = clock.instant();
			if (store.close(offer.id(), WaitlistOffer.Status.DECLINED, null, now)) {
				offer(offer.therapistId(), offer.start(), now);
			}
		});
	}

	/** Withdraws the open offer of an entry the runner removed, and passes its slot on; in the caller's transaction. */
	void withdraw(long entryId, Instant now) {
		store.openOfferOf(entryId).ifPresent(offer -> {
			if (store.close(offer.id(), WaitlistOffer.Status.WITHDRAWN, null, now)) {
				offer(offer.therapistId(), offer.start(), now);
			}
		});
	}

	/**
	 * Closes the holds that ran out by {@code now} and passes each slot to the next waiting entry, each in its own
	 * transaction (a slot whose hand-over fails stays expired and is not retried).
	 * @return how many holds ran out
	 */
	public int handOverExpired(Instant now) {
		int expired = 0;
		for (WaitlistOffer offer : store.expired(now, 200)) {
			Boolean closed = transactions.execute(status -> {
				if (!store.close(offer.id(), WaitlistOffer.Status.EXPIRED, null, now)) {
					return false;
				}
				offer(offer.therapistId(), offer.start(), now);
				return true;
			});
			if (Boolean.TRUE.equals(closed)) {
				expired++;
			}
		}
		return expired;
	}

	/** In the caller's transaction: offers the slot to the best candidate that can take it. */
	private Optional<WaitlistOffer> offer(TherapistId therapist, Instant start, Instant now) {
		if (!start.isAfter(now) || store.slotHeld(therapist, start)) {
			return Optional.empty();
		}
		ZoneId zone = catalog.zone();
		LocalDate day = LocalDate.ofInstant(start, zone);
		TherapistView who = catalog.therapist(therapist);
		if (!who.active()) {
			return Optional.empty();
		}
		Map<ServiceId, Boolean> bookable = new HashMap<>();
		List<WaitlistEntry> suited = new ArrayList<>();
		for (WaitlistEntry entry : store.candidates(day, therapist, start)) {
			MassageService service = catalog.service(entry.serviceId());
			if (!service.active() || !who.offers(service.modality())) {
				continue;
			}
			ZonedDateTime from = start.atZone(zone);
			if (!entry.accepts(therapist, from, from.plus(service.duration()))) {
				continue;
			}
			if (bookable.computeIfAbsent(service.id(), id -> availability.slots(id, day, day, therapist)
				.stream()
				.anyMatch(slot -> slot.start().equals(start)))) {
				suited.add(entry);
			}
		}
		Map<Long, Long> daysToRace = new HashMap<>();
		for (WaitlistEntry entry : suited) {
			daysToRace.put(entry.id(), daysToRace(entry, day));
		}
		suited.sort(Comparator.comparing((WaitlistEntry entry) -> !entry.fromPlan())
			.thenComparing(entry -> daysToRace.get(entry.id()))
			.thenComparing(WaitlistEntry::createdAt)
			.thenComparing(WaitlistEntry::id));
		Instant heldUntil = now.plus(properties.hold());
		if (heldUntil.isAfter(start)) {
			heldUntil = start;
		}
		for (WaitlistEntry entry : suited) {
			Instant until = heldUntil;
			try {
				long id = savepoint.execute(status -> store.insertOffer(entry, therapist, start, until, now));
				events.publishEvent(new WaitlistOfferMade(id, entry.runnerId(), therapist, entry.serviceId(), start,
						until));
				return store.offer(id);
			}
			catch (DuplicateKeyException ex) {
				if (store.slotHeld(therapist, start)) {
					return Optional.empty(); // offered by someone else a moment ago
				}
				// the entry was given another slot a moment ago: the next one
			}
		}
		return Optional.empty();
	}

	/** Days from the slot to the runner's nearest A or B race within the horizon; a runner without one comes after. */
	private long daysToRace(WaitlistEntry entry, LocalDate day) {
		return training.races(entry.runnerId(), day, day.plusDays(RACE_HORIZON_DAYS))
			.stream()
			.filter(race -> race.priority() == RacePriority.A || race.priority() == RacePriority.B)
			.map(RaceView::date)
			.mapToLong(date -> java.time.temporal.ChronoUnit.DAYS.between(day, date))
			.min()
			.orElse(Long.MAX_VALUE);
	}

	private String when(Instant instant) {
		return WHEN.format(instant.atZone(catalog.zone()));
	}

	static Actor runner(Actor actor) {
		if (!actor.is(Role.RUNNER)) {
			throw DomainException.forbidden("waitlist-runners-only");
		}
		return actor;
	}

	/** The booking refused the offered slot: carried out of the transaction so that it rolls back. */
	private static final class SlotGone extends RuntimeException {

		private final transient WaitlistOffer offer;

		SlotGone(WaitlistOffer offer, DomainException cause) {
			super(cause.getMessage(), cause, false, false);
			this.offer = offer;
		}

	}

}
