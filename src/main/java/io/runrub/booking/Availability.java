package io.runrub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Free slots for a service, for one therapist or any qualified one, in the clinic's time zone. */
@Component
@Transactional(readOnly = true)
public class Availability {

	/** The longest range one request may ask for, so that one request cannot ask for years of slots. */
	public static final int MAX_DAYS = 62;

	private final ClinicCatalog catalog;

	private final Appointments appointments;

	private final Clock clock;

	Availability(ClinicCatalog catalog, Appointments appointments, Clock clock) {
		this.catalog = catalog;
		this.appointments = appointments;
		this.clock = clock;
	}

	/**
	 * Free slots on the clinic's days from..to (inclusive), by start time then therapist; days outside the clinic's
	 * booking policy give none.
	 */
	public List<Slot> slots(long serviceId, LocalDate from, LocalDate to, Long therapistId) {
		if (to.isBefore(from)) {
			throw new DomainException.RuleViolation("Invalid range", "'to' must not be before 'from'.");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new DomainException.RuleViolation("Range too long",
					"Ask for at most %d days of availability at a time.".formatted(MAX_DAYS));
		}
		MassageService service = catalog.service(ServiceId.of(serviceId));
		if (!service.active()) {
			throw new DomainException.NotFound("There is no service with id " + serviceId + ".");
		}
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clinic.zone());
		LocalDate first = from.isBefore(today) ? today : from;
		LocalDate lastBookable = clinic.policies().lastBookableDay(now, clinic.zone());
		LocalDate last = to.isAfter(lastBookable) ? lastBookable : to;
		if (last.isBefore(first)) {
			return List.of();
		}
		List<TherapistView> therapists = therapistsFor(service, therapistId);
		Map<Long, Schedule> schedules = schedules(therapists, clinic.zone(), first, last);
		Instant earliest = clinic.policies().earliestStart(now);
		return schedules.values()
			.stream()
			.flatMap(schedule -> schedule.freeSlots(service, first, last, earliest).stream())
			.sorted(Comparator.comparing(Slot::start).thenComparing(Slot::therapistId))
			.toList();
	}

	List<TherapistView> therapistsFor(MassageService service, Long therapistId) {
		if (therapistId == null) {
			return catalog.qualifiedTherapists(service.modality());
		}
		TherapistView therapist = catalog.therapist(TherapistId.of(therapistId));
		if (!therapist.active() || !therapist.offers(service.modality())) {
			throw new DomainException.RuleViolation("Therapist does not offer this service",
					"%s does not offer %s.".formatted(therapist.name(), service.modality().displayName()));
		}
		return List.of(therapist);
	}

	/** Each therapist's schedule over the clinic's days first..last, with a day's margin for buffers. */
	Map<Long, Schedule> schedules(List<TherapistView> therapists, ZoneId zone, LocalDate first, LocalDate last) {
		Instant from = first.minusDays(1).atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(2).atStartOfDay(zone).toInstant();
		List<Long> ids = therapists.stream().map(therapist -> therapist.id().value()).toList();
		Map<Long, List<TimeWindow>> booked = appointments.bookedBlocks(ids, from, to);
		List<TimeOff> timeOff = catalog.timeOff(therapists.stream().map(TherapistView::id).toList(), from, to);
		Map<Long, Schedule> schedules = new java.util.LinkedHashMap<>();
		for (TherapistView therapist : therapists) {
			List<TimeWindow> away = timeOff.stream()
				.filter(off -> off.therapistId().equals(therapist.id()))
				.map(off -> new TimeWindow(off.start(), off.end()))
				.toList();
			long id = therapist.id().value();
			schedules.put(id, new Schedule(id, zone, therapist.workingHours(), away, booked.getOrDefault(id, List.of())));
		}
		return schedules;
	}

}
