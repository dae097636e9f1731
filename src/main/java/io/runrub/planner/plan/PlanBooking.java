package io.runrub.planner.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.TherapistId;
import io.runrub.planner.rules.TreatmentChoice;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books the whole plan in one go: for every suggestion inside the booking window, the nearest free slot of a suitable
 * therapist on a day its rules allow — all of them or none, in one transaction; what lies beyond the window is said
 * plainly, with the day it becomes bookable.
 */
@Component
public class PlanBooking {

	/** Runners usually train in the morning: from this time a massage fits "after your workout". */
	static final LocalTime PREFERRED_FROM = LocalTime.of(12, 0);

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("EEE d MMM", java.util.Locale.UK);

	private final PlannedMassages planned;

	private final Availability availability;

	private final AppointmentBooking booking;

	private final ClinicCatalog catalog;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	private final io.runrub.runners.ProfileKeeping profiles;

	private final org.springframework.context.ApplicationEventPublisher events;

	PlanBooking(PlannedMassages planned, Availability availability, AppointmentBooking booking,
			ClinicCatalog catalog, Clock clock, MessageSourceAccessor messages,
			io.runrub.runners.ProfileKeeping profiles, org.springframework.context.ApplicationEventPublisher events) {
		this.profiles = profiles;
		this.messages = messages;
		this.events = events;
		this.planned = planned;
		this.availability = availability;
		this.booking = booking;
		this.catalog = catalog;
		this.clock = clock;
	}

	public record Unplaced(LocalDate date, Modality modality, String reason) implements java.io.Serializable {
	}

	/** A suggestion beyond the clinic's booking window, and the first day it can be booked. */
	public record Later(LocalDate date, Modality modality, LocalDate bookableFrom) implements java.io.Serializable {
	}

	/** What booking the plan did: all of the suggestions inside the window, or none of them. */
	public record Result(List<AppointmentView> booked, List<Later> later, List<Unplaced> unplaced) {
	}

	/** A proposed slot for one suggestion, before anything is booked. */
	public record Proposal(PlannedMassage massage, Slot slot, String therapistName, String problem) {
	}

	/** Where each unbooked suggestion would go, without booking anything: for the runner to confirm. */
	@Transactional(readOnly = true)
	public List<Proposal> propose(RunnerId runnerId) {
		ClinicInfo clinic = catalog.clinic();
		List<Proposal> proposals = new ArrayList<>();
		List<Slot> claimed = new ArrayList<>();
		for (PlannedMassage massage : toBook(runnerId, clinic.zone())) {
			Optional<Slot> slot = candidateSlots(massage, clinic.zone(), runnerId).stream()
				.filter(candidate -> claimed.stream().noneMatch(other -> overlaps(other, candidate, clinic.zone())))
				.findFirst();
			slot.ifPresent(claimed::add);
			proposals.add(new Proposal(massage, slot.orElse(null),
					slot.map(s -> catalog.therapist(s.therapistId()).name()).orElse(null),
					slot.isPresent() ? null : unplacedReason(massage, clinic)));
		}
		return proposals;
	}

	/**
	 * Books every suggestion inside the clinic's booking window, all or nothing: each is placed first (the nearest
	 * free slot of a suitable therapist on a day its rules allow); if any one cannot be placed nothing is booked and
	 * the answer says which and why; otherwise all are booked in this one transaction (a slot taken in the meantime
	 * undoes them all). Suggestions beyond the window are listed with the day they become bookable.
	 */
	@Transactional
	public Result bookAll(RunnerId runnerId) {
		// a second "book the plan" at the same moment waits here, then finds everything already booked
		planned.lockPlan(runnerId);
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		LocalDate last = clinic.policies().lastBookableDay(now, clinic.zone());
		List<Later> later = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		List<Slot> claimed = new ArrayList<>();
		java.util.Map<PlannedMassage, Slot> placed = new java.util.LinkedHashMap<>();
		for (PlannedMassage massage : toBook(runnerId, clinic.zone())) {
			if (massage.date().isAfter(last)) {
				later.add(new Later(massage.date(), massage.modality(),
						massage.date().minusDays(clinic.policies().maxDaysAhead())));
				continue;
			}
			Optional<Slot> slot = candidateSlots(massage, clinic.zone(), runnerId).stream()
				.filter(candidate -> !LocalDate.ofInstant(candidate.start(), clinic.zone()).isAfter(last))
				.filter(candidate -> claimed.stream().noneMatch(other -> overlaps(other, candidate, clinic.zone())))
				.findFirst();
			if (slot.isPresent()) {
				claimed.add(slot.get());
				placed.put(massage, slot.get());
			}
			else {
				unplaced.add(new Unplaced(massage.date(), massage.modality(), unplacedReason(massage, clinic)));
			}
		}
		if (!unplaced.isEmpty()) {
			return new Result(List.of(), later, unplaced);
		}
		List<AppointmentView> booked = new ArrayList<>();
		placed.forEach((massage, slot) -> {
			AppointmentView view;
			try {
				view = booking.book(new AppointmentBooking.BookingRequest(runnerId, massage.serviceId(), slot.start(),
						slot.therapistId(), "plan-" + massage.id() + "-" + slot.start().getEpochSecond()));
			}
			catch (DomainException.Conflict ex) {
				throw DomainException.conflict("plan-slot-taken", DAY.format(massage.date()));
			}
			booked.add(view);
			planned.save(massage.booked(view.id(), view.start().toLocalDate(), view.therapistId()), now);
		});
		if (!booked.isEmpty()) {
			events.publishEvent(new io.runrub.planner.PlanBooked(runnerId,
					booked.stream().map(AppointmentView::id).toList()));
		}
		return new Result(booked, later, unplaced);
	}

	private List<PlannedMassage> toBook(RunnerId runnerId, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		return planned.findByRunner(runnerId)
			.stream()
			.filter(massage -> !massage.isBooked() && massage.date().isAfter(today.minusDays(1)))
			.toList();
	}

	/**
	 * Free slots on the days the suggestion's rules allow, at times the runner can come, nearest day first, its
	 * therapist first.
	 */
	private List<Slot> candidateSlots(PlannedMassage massage, ZoneId zone, RunnerId runnerId) {
		Optional<io.runrub.runners.RunnerProfile> profile = profiles.find(runnerId);
		List<Slot> slots = new ArrayList<>();
		for (LocalDate day : days(massage)) {
			for (TherapistId therapist : therapists(massage)) {
				List<Slot> free = freeSlots(massage, day, therapist);
				free.stream()
					.filter(slot -> profile.map(p -> p.canCome(slot.start().atZone(zone).getDayOfWeek(),
							slot.start().atZone(zone).toLocalTime(), slot.end().atZone(zone).toLocalTime()))
						.orElse(true))
					.sorted(Comparator.comparing((Slot slot) -> slot.start().atZone(zone).toLocalTime()
						.isBefore(PREFERRED_FROM)).thenComparing(Slot::start))
					.forEach(slots::add);
			}
		}
		return slots;
	}

	private List<Slot> freeSlots(PlannedMassage massage, LocalDate day, TherapistId therapist) {
		try {
			return availability.slots(massage.serviceId(), day, day, therapist);
		}
		catch (DomainException ex) {
			return List.of();
		}
	}

	private static List<LocalDate> days(PlannedMassage massage) {
		Set<LocalDate> days = new LinkedHashSet<>();
		days.add(massage.date());
		massage.alternatives()
			.stream()
			.sorted(Comparator.comparingLong((LocalDate day) -> Math.abs(day.toEpochDay() - massage.date().toEpochDay()))
				.thenComparing(day -> day))
			.forEach(days::add);
		return List.copyOf(days);
	}

	/**
	 * The massage's own therapist first, then the others who offer it in TYPE-THERAPIST-FIT's order; never one the
	 * runner avoids.
	 */
	private List<TherapistId> therapists(PlannedMassage massage) {
		return AnyTherapistByFit.forMassage(profiles.find(massage.runnerId()),
				catalog.qualifiedTherapists(massage.modality()), massage.therapistId());
	}

	private String unplacedReason(PlannedMassage massage, ClinicInfo clinic) {
		LocalDate last = clinic.policies().lastBookableDay(clock.instant(), clinic.zone());
		if (massage.date().isAfter(last)) {
			return messages.getMessage("plan.unplaced.tooFarAhead", new Object[] { clinic.policies().maxDaysAhead() });
		}
		return noSlot(messages, massage.durationMinutes(), massage.modality(), days(massage));
	}

	/** "No suitable therapist has a free 45-minute slot for Active Release Technique on …": the kind named as in a sentence. */
	static String noSlot(MessageSourceAccessor messages, int minutes, Modality modality, List<LocalDate> days) {
		return messages.getMessage("plan.unplaced.noSlot", new Object[] { minutes, TreatmentChoice.named(modality),
				String.join(", ", days.stream().map(DAY::format).toList()) });
	}

	/** Two proposals clash when they overlap for one therapist or fall on the same day in the clinic's zone. */
	static boolean overlaps(Slot a, Slot b, ZoneId zone) {
		return a.therapistId().equals(b.therapistId()) && a.start().isBefore(b.end()) && b.start().isBefore(a.end())
				|| LocalDate.ofInstant(a.start(), zone).equals(LocalDate.ofInstant(b.start(), zone));
	}

}
