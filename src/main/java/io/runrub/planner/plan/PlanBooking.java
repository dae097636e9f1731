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
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books the whole plan in one go: for every suggestion, the nearest free slot of a suitable therapist on a day its
 * rules allow. All of it happens in one transaction, so the runner never ends up with half a plan booked by a
 * failure midway; what cannot be placed is reported with the reason.
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

	private final io.runrub.shared.web.Refusals refusals;

	private final MessageSourceAccessor messages;

	private final org.springframework.context.ApplicationEventPublisher events;

	PlanBooking(PlannedMassages planned, Availability availability, AppointmentBooking booking,
			ClinicCatalog catalog, Clock clock, io.runrub.shared.web.Refusals refusals, MessageSourceAccessor messages,
			org.springframework.context.ApplicationEventPublisher events) {
		this.messages = messages;
		this.events = events;
		this.planned = planned;
		this.availability = availability;
		this.booking = booking;
		this.catalog = catalog;
		this.clock = clock;
		this.refusals = refusals;
	}

	public record Unplaced(LocalDate date, Modality modality, String reason) {
	}

	public record Result(List<AppointmentView> booked, List<Unplaced> unplaced) {
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
			Optional<Slot> slot = candidateSlots(massage, clinic.zone()).stream()
				.filter(candidate -> claimed.stream().noneMatch(other -> overlaps(other, candidate, clinic.zone())))
				.findFirst();
			slot.ifPresent(claimed::add);
			proposals.add(new Proposal(massage, slot.orElse(null),
					slot.map(s -> catalog.therapist(s.therapistId()).name()).orElse(null),
					slot.isPresent() ? null : unplacedReason(massage, clinic)));
		}
		return proposals;
	}

	@Transactional
	public Result bookAll(RunnerId runnerId) {
		// a second "book the plan" at the same moment waits here, then finds everything already booked
		planned.lockPlan(runnerId);
		ClinicInfo clinic = catalog.clinic();
		List<AppointmentView> booked = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		Instant now = clock.instant();
		for (PlannedMassage massage : toBook(runnerId, clinic.zone())) {
			Optional<AppointmentView> appointment = Optional.empty();
			for (Slot slot : candidateSlots(massage, clinic.zone())) {
				try {
					appointment = Optional.of(booking.book(new AppointmentBooking.BookingRequest(
							runnerId, massage.serviceId(),
							slot.start(), slot.therapistId(),
							"plan-" + massage.id() + "-" + slot.start().getEpochSecond())));
					break;
				}
				catch (DomainException.Conflict ex) {
					// taken a moment ago: the next slot
				}
				catch (DomainException.RuleViolation ex) {
					unplaced.add(new Unplaced(massage.date(), massage.modality(), refusals.detail(ex)));
					break;
				}
			}
			if (appointment.isPresent()) {
				AppointmentView view = appointment.get();
				booked.add(view);
				planned.save(massage.booked(view.id(), view.start().toLocalDate(), view.therapistId()),
						now);
			}
			else if (unplaced.stream().noneMatch(item -> item.date().equals(massage.date())
					&& item.modality() == massage.modality())) {
				unplaced.add(new Unplaced(massage.date(), massage.modality(), unplacedReason(massage, clinic)));
			}
		}
		if (!booked.isEmpty()) {
			events.publishEvent(new io.runrub.planner.PlanBooked(runnerId,
					booked.stream().map(AppointmentView::id).toList()));
		}
		return new Result(booked, unplaced);
	}

	private List<PlannedMassage> toBook(RunnerId runnerId, ZoneId zone) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		return planned.findByRunner(runnerId)
			.stream()
			.filter(massage -> !massage.isBooked() && massage.date().isAfter(today.minusDays(1)))
			.toList();
	}

	/** Free slots on the days the suggestion's rules allow, nearest day first, its therapist first. */
	private List<Slot> candidateSlots(PlannedMassage massage, ZoneId zone) {
		List<Slot> slots = new ArrayList<>();
		for (LocalDate day : days(massage)) {
			for (TherapistId therapist : therapists(massage)) {
				List<Slot> free = freeSlots(massage, day, therapist);
				free.stream()
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

	private List<TherapistId> therapists(PlannedMassage massage) {
		Set<TherapistId> ids = new LinkedHashSet<>();
		if (massage.therapistId() != null) {
			ids.add(massage.therapistId());
		}
		catalog.qualifiedTherapists(massage.modality()).stream().map(TherapistView::id).forEach(ids::add);
		return List.copyOf(ids);
	}

	private String unplacedReason(PlannedMassage massage, ClinicInfo clinic) {
		LocalDate last = clinic.policies().lastBookableDay(clock.instant(), clinic.zone());
		if (massage.date().isAfter(last)) {
			return messages.getMessage("plan.unplaced.tooFarAhead", new Object[] { clinic.policies().maxDaysAhead() });
		}
		return messages.getMessage("plan.unplaced.noSlot",
				new Object[] { massage.durationMinutes(),
						massage.modality().displayName().toLowerCase(java.util.Locale.UK),
						String.join(", ", days(massage).stream().map(DAY::format).toList()) });
	}

	/** Two proposals clash when they overlap for one therapist or fall on the same day in the clinic's zone. */
	static boolean overlaps(Slot a, Slot b, ZoneId zone) {
		return a.therapistId().equals(b.therapistId()) && a.start().isBefore(b.end()) && b.start().isBefore(a.end())
				|| LocalDate.ofInstant(a.start(), zone).equals(LocalDate.ofInstant(b.start(), zone));
	}

}
