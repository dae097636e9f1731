package io.runrub.planner.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Where a booked massage that no longer fits could move to: a free slot that really exists, with its own therapist
 * first and then any other therapist who offers its massage, on a day its rules allow, that the booking policies
 * accept (notice, how far ahead) and that the runner could still change again later (outside the cancellation
 * cutoff). Deep work only from {@link PlanBooking#PREFERRED_FROM}: after the morning's run, never first thing.
 */
@Component
class MoveProposals {

	private final Availability availability;

	private final ClinicCatalog catalog;

	private final Clock clock;

	private final io.runrub.runners.ProfileKeeping profiles;

	MoveProposals(Availability availability, ClinicCatalog catalog, Clock clock,
			io.runrub.runners.ProfileKeeping profiles) {
		this.profiles = profiles;
		this.availability = availability;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Whether the booked appointment itself may still be moved by its runner. */
	boolean movable(AppointmentView appointment) {
		return catalog.clinic().policies().allowsChangeOf(appointment.start().toInstant(), clock.instant());
	}

	/**
	 * The first free slot for the massage on the given days, in their order.
	 * @param busyDays days on which the runner already has another massage
	 */
	Optional<Slot> slotFor(PlannedMassage massage, List<LocalDate> days, Set<LocalDate> busyDays) {
		ClinicInfo clinic = catalog.clinic();
		ZoneId zone = clinic.zone();
		Instant now = clock.instant();
		Instant changeableFrom = now.plus(clinic.policies().cancellationCutoff());
		Instant earliest = clinic.policies().earliestStart(now).isAfter(changeableFrom)
				? clinic.policies().earliestStart(now) : changeableFrom;
		LocalDate last = clinic.policies().lastBookableDay(now, zone);
		for (LocalDate day : days) {
			if (day.isAfter(last) || busyDays.contains(day)) {
				continue;
			}
			List<Slot> free = new ArrayList<>();
			List<TherapistId> order = therapists(massage);
			for (TherapistId therapist : order) {
				free.addAll(slots(massage, day, therapist));
			}
			Optional<Slot> slot = free.stream()
				.filter(candidate -> !candidate.start().isBefore(earliest))
				.filter(candidate -> !massage.modality().isDeep() || !localTime(candidate, zone).isBefore(PlanBooking.PREFERRED_FROM))
				.min(Comparator.comparing((Slot candidate) -> localTime(candidate, zone).isBefore(PlanBooking.PREFERRED_FROM))
					.thenComparing(candidate -> order.indexOf(candidate.therapistId()))
					.thenComparing(Slot::start));
			if (slot.isPresent()) {
				return slot;
			}
		}
		return Optional.empty();
	}

	private static LocalTime localTime(Slot slot, ZoneId zone) {
		return slot.start().atZone(zone).toLocalTime();
	}

	private List<Slot> slots(PlannedMassage massage, LocalDate day, TherapistId therapist) {
		try {
			return availability.slots(massage.serviceId(), day, day, therapist);
		}
		catch (DomainException ex) {
			return List.of(); // the therapist no longer offers it, or the service is withdrawn
		}
	}

	/**
	 * The massage's own therapist first, then the others who offer it in TYPE-THERAPIST-FIT's order; never one the
	 * runner avoids.
	 */
	private List<TherapistId> therapists(PlannedMassage massage) {
		return AnyTherapistByFit.forMassage(profiles.find(massage.runnerId()),
				catalog.qualifiedTherapists(massage.modality()), massage.therapistId());
	}

}
