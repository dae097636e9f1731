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
	public List<Slot> slots(ServiceId serviceId, LocalDate from, LocalDate to, TherapistId therapistId) {
		if (to.isBefore(from)) {
			throw DomainException.refused("range-reversed");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw DomainException.refused("range-too-long", MAX_DAYS);
		}
		MassageService service = catalog.service(serviceId);
		if (!service.active()) {
			throw DomainException.notFound("service-not-offered", serviceId.value());
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
		Map<TherapistId, Schedule> schedules = schedules(therapists, clinic.zone(), first, last);
		Instant earliest = clinic.policies().earliestStart(now);
		return schedules.values()
			.stream()
			.flatMap(schedule -> schedule.freeSlots(ServiceFootprint.of(service), first, last, earliest).stream())
			.sorted(Comparator.comparing(Slot::start).thenComparing(slot -> slot.therapistId().value()))
			.toList();
	}

	List<TherapistView> therapistsFor(MassageService service, TherapistId therapistId) {
		if (therapistId == null) {
			return catalog.qualifiedTherapists(service.modality());
		}
		TherapistView therapist = catalog.therapist(therapistId);
		if (!therapist.active() || !therapist.offers(service.modality())) {
			throw DomainException.refused("therapist-does-not-offer", therapist.name(),
					service.modality().displayName());
		}
		return List.of(therapist);
	}

	/** Each therapist's schedule over the clinic's days first..last, with a day's margin for buffers. */
	Map<TherapistId, Schedule> schedules(List<TherapistView> therapists, ZoneId zone, LocalDate first, LocalDate last) {
		Instant from = first.minusDays(1).atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(2).atStartOfDay(zone).toInstant();
		List<TherapistId> ids = therapists.stream().map(TherapistView::id).toList();
		Map<Long, List<TimeWindow>> booked = appointments.bookedBlocks(ids.stream().map(TherapistId::value).toList(),
				from, to);
		List<TimeOff> timeOff = catalog.timeOff(ids, from, to);
		// a day the clinic is closed is a day away for everyone
		List<TimeWindow> closed = catalog.closures(first.minusDays(1), last.plusDays(1))
			.stream()
			.map(closure -> new TimeWindow(closure.date().atStartOfDay(zone).toInstant(),
					closure.date().plusDays(1).atStartOfDay(zone).toInstant()))
			.toList();
		Map<TherapistId, Schedule> schedules = new java.util.LinkedHashMap<>();
		for (TherapistView therapist : therapists) {
			List<TimeWindow> away = java.util.stream.Stream.concat(timeOff.stream()
				.filter(off -> off.therapistId().equals(therapist.id()))
				.map(off -> new TimeWindow(off.start(), off.end())), closed.stream())
				.toList();
			schedules.put(therapist.id(), new Schedule(therapist.id(), zone, therapist.workingHours(), away,
					booked.getOrDefault(therapist.id().value(), List.of())));
		}
		return schedules;
	}

}
