package io.runrub.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runners join the waitlist for a service, see what they wait for, and leave it. */
@Component
public class Waitlist {

	/** The most entries one runner may be waiting on at once. */
	public static final int MAX_WAITING = 10;

	/** The most times of the week one entry may list. */
	public static final int MAX_TIMES = 21;

	private final WaitlistStore store;

	private final WaitlistOffers offers;

	private final ClinicCatalog catalog;

	private final Clock clock;

	Waitlist(WaitlistStore store, WaitlistOffers offers, ClinicCatalog catalog, Clock clock) {
		this.store = store;
		this.offers = offers;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * What a runner waits for.
	 * @param therapistId one therapist, or null for any who gives the service
	 * @param times the times of the week they can come; empty for any time the clinic is open
	 * @param fromPlan asked for from the plan, for a massage it could not place
	 */
	public record Request(ServiceId serviceId, LocalDate from, LocalDate to, TherapistId therapistId,
			List<WeeklyTime> times, boolean fromPlan) {
	}

	/**
	 * Puts the runner on the waitlist.
	 * @throws DomainException.RuleViolation if the days are reversed, past or beyond the clinic's booking window, the
	 * therapist does not give the service, or the runner already waits on {@link #MAX_WAITING} entries
	 */
	@Transactional
	public WaitlistEntry join(Actor actor, Request request) {
		Actor runner = WaitlistOffers.runner(actor);
		MassageService service = catalog.service(request.serviceId());
		if (!service.active()) {
			throw DomainException.notFound("service-not-offered", request.serviceId().value());
		}
		if (request.therapistId() != null) {
			TherapistView therapist = catalog.therapist(request.therapistId());
			if (!therapist.active() || !therapist.offers(service.modality())) {
				throw DomainException.refused("therapist-does-not-offer", therapist.name(),
						service.modality().displayName());
			}
		}
		if (request.to().isBefore(request.from())) {
			throw DomainException.refused("waitlist-range-reversed");
		}
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clinic.zone());
		if (request.to().isBefore(today)) {
			throw DomainException.refused("waitlist-in-the-past");
		}
		LocalDate last = clinic.policies().lastBookableDay(now, clinic.zone());
		if (request.to().isAfter(last)) {
			throw DomainException.refused("waitlist-too-far", clinic.policies().maxDaysAhead());
		}
		List<WeeklyTime> times = request.times() == null ? List.of() : List.copyOf(request.times());
		if (times.size() > MAX_TIMES) {
			throw DomainException.refused("waitlist-too-many-times", MAX_TIMES);
		}
		if (store.countWaiting(runner.runnerId()) >= MAX_WAITING) {
			throw DomainException.refused("waitlist-full", MAX_WAITING);
		}
		LocalDate from = request.from().isBefore(today) ? today : request.from();
		long id = store.insert(runner.runnerId(), request.serviceId(), request.therapistId(), from, request.to(),
				times, request.fromPlan(), now);
		return store.entry(id).orElseThrow();
	}

	/** The entries the runner is waiting on, by first day. */
	@Transactional(readOnly = true)
	public List<WaitlistEntry> waiting(Actor actor) {
		return store.waiting(WaitlistOffers.runner(actor).runnerId());
	}

	/** Takes the runner off one entry; a slot held for it passes to the next. Leaving twice is harmless. */
	@Transactional
	public void leave(Actor actor, long entryId) {
		Actor runner = WaitlistOffers.runner(actor);
		WaitlistEntry entry = store.entry(entryId)
			.filter(found -> found.runnerId().equals(runner.runnerId()))
			.orElseThrow(() -> DomainException.notFound("waitlist-entry-not-found", entryId));
		if (store.removeEntry(entry.id())) {
			offers.withdraw(entry.id(), clock.instant());
		}
	}

}
