package io.runrub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.SortedMap;
import java.util.TreeMap;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.Room;
import io.runrub.clinic.RoomId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots for a service, for one therapist or any qualified one, in the clinic's time zone: a time is free when a
 * therapist is, and, for a service that needs a room, a room too.
 */
@Component
@Transactional(readOnly = true)
public class Availability {

	/** The longest range one request may ask for, so that one request cannot ask for years of slots. */
	public static final int MAX_DAYS = 62;

	private final ClinicCatalog catalog;

	private final Appointments appointments;

	private final Clock clock;

	private final SlotHolds holds;

	Availability(ClinicCatalog catalog, Appointments appointments, Clock clock,
			org.springframework.beans.factory.ObjectProvider<SlotHolds> holds) {
		this.catalog = catalog;
		this.appointments = appointments;
		this.clock = clock;
		this.holds = holds.getIfAvailable(() -> SlotHolds.NONE);
	}

	/**
	 * Free slots on the clinic's days from..to (inclusive), by start time then therapist; days outside the clinic's
	 * booking policy give none.
	 */
	public List<Slot> slots(ServiceId serviceId, LocalDate from, LocalDate to, TherapistId therapistId) {
		return slotsFor(null, serviceId, from, to, therapistId);
	}

	/**
	 * As {@link #slots}, as one runner sees them: a slot held for that runner (see {@link SlotHolds}) is free for them,
	 * while every slot held for someone else stays hidden; null for nobody in particular (every held slot hidden).
	 */
	public List<Slot> slotsFor(RunnerId runner, ServiceId serviceId, LocalDate from, LocalDate to,
			TherapistId therapistId) {
		Request request = request(serviceId, from, to, therapistId, runner);
		if (request == null) {
			return List.of();
		}
		List<Slot> slots = new ArrayList<>();
		for (Schedule schedule : request.schedules().values()) {
			for (Slot slot : schedule.freeSlots(request.footprint(), request.first(), request.last(),
					request.earliest())) {
				if (request.rooms().anyFree(request.footprint().block(slot.start()))) {
					slots.add(slot);
				}
			}
		}
		slots.sort(Comparator.comparing(Slot::start).thenComparing(slot -> slot.therapistId().value()));
		return slots;
	}

	/**
	 * The same free slots as {@link #slots}, for a month or week view: by the clinic's day, then by therapist (in
	 * order of id), each therapist's start times on the clinic's clock in order. Days without a free slot are left out.
	 */
	public SortedMap<LocalDate, SortedMap<TherapistId, List<LocalTime>>> days(ServiceId serviceId, LocalDate from,
			LocalDate to, TherapistId therapistId) {
		Request request = request(serviceId, from, to, therapistId, null);
		SortedMap<LocalDate, SortedMap<TherapistId, List<LocalTime>>> days = new TreeMap<>();
		if (request == null) {
			return days;
		}
		for (Map.Entry<TherapistId, Schedule> entry : request.schedules().entrySet()) {
			entry.getValue()
				.forEachFree(request.footprint(), request.first(), request.last(), request.earliest(),
						(day, time, start, end) -> {
							if (request.rooms().anyFree(request.footprint().block(start))) {
								days.computeIfAbsent(day,
										d -> new TreeMap<>(Comparator.comparingLong(TherapistId::value)))
									.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
									.add(time);
							}
						});
		}
		return days;
	}

	/**
	 * What both forms of availability read: checked, and clipped to the clinic's booking policy; a time is offered
	 * only when a therapist and (for a service that needs one) a room are free.
	 */
	private record Request(ServiceFootprint footprint, LocalDate first, LocalDate last, Instant earliest,
			Map<TherapistId, Schedule> schedules, RoomsFree rooms) {
	}

	/**
	 * The request's schedules and rooms, read in two set-based queries (bookings of the therapists and rooms, time
	 * off); null when no day is bookable.
	 */
	private Request request(ServiceId serviceId, LocalDate from, LocalDate to, TherapistId therapistId,
			RunnerId runner) {
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
			return null;
		}
		List<TherapistView> therapists = therapistsFor(service, therapistId);
		List<Long> rooms = roomsFor(service, null);
		Instant readFrom = first.minusDays(1).atStartOfDay(clinic.zone()).toInstant();
		Instant readTo = last.plusDays(2).atStartOfDay(clinic.zone()).toInstant();
		Appointments.Booked booked = appointments.bookedBlocks(
				therapists.stream().map(therapist -> therapist.id().value()).toList(),
				rooms == null ? List.of() : rooms, readFrom, readTo);
		// a slot held for someone else is taken, as far as anyone else can see
		Map<Long, List<TimeWindow>> taken = withHolds(booked.byTherapist(),
				heldFromOthers(therapists.stream().map(TherapistView::id).toList(), readFrom, readTo, runner, now));
		return new Request(ServiceFootprint.of(service), first, last, clinic.policies().earliestStart(now),
				schedules(therapists, clinic.zone(), readFrom, readTo, taken),
				rooms == null ? RoomsFree.NOT_NEEDED : RoomsFree.of(rooms, booked.byRoom()));
	}

	/**
	 * The rooms a booking of the service may take, by id: the one asked for, else (for a service that needs a room)
	 * every active room; null when the service needs none and none was asked for.
	 */
	List<Long> roomsFor(MassageService service, RoomId roomId) {
		if (roomId != null) {
			Room room = catalog.room(roomId);
			if (!room.active()) {
				throw DomainException.refused("room-inactive", room.name());
			}
			return List.of(room.id().value());
		}
		if (!service.roomRequired()) {
			return null;
		}
		return catalog.activeRooms().stream().map(room -> room.id().value()).sorted().toList();
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

	/** The running holds of the therapists starting in [from, to), except the runner's own (none when null). */
	List<SlotHolds.Hold> heldFromOthers(List<TherapistId> therapists, Instant from, Instant to, RunnerId runner,
			Instant now) {
		if (therapists.isEmpty()) {
			return List.of();
		}
		return holds.held(therapists, from, to, now)
			.stream()
			.filter(hold -> runner == null || !hold.runnerId().equals(runner))
			.toList();
	}

	/** The block a hold keeps: its service's, as an appointment of it would. */
	TimeWindow block(SlotHolds.Hold hold) {
		return ServiceFootprint.of(catalog.service(hold.serviceId())).block(hold.start());
	}

	private Map<Long, List<TimeWindow>> withHolds(Map<Long, List<TimeWindow>> booked, List<SlotHolds.Hold> held) {
		if (held.isEmpty()) {
			return booked;
		}
		Map<Long, List<TimeWindow>> taken = new java.util.HashMap<>();
		booked.forEach((therapist, blocks) -> taken.put(therapist, new ArrayList<>(blocks)));
		held.forEach(hold -> taken.computeIfAbsent(hold.therapistId().value(), id -> new ArrayList<>()).add(block(hold)));
		return taken;
	}

	/** Each therapist's schedule over the clinic's days first..last, with a day's margin for buffers. */
	Map<TherapistId, Schedule> schedules(List<TherapistView> therapists, ZoneId zone, LocalDate first, LocalDate last) {
		Instant from = first.minusDays(1).atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(2).atStartOfDay(zone).toInstant();
		return schedules(therapists, zone, from, to,
				appointments.bookedBlocks(therapists.stream().map(therapist -> therapist.id().value()).toList(), from,
						to));
	}

	/**
	 * The candidates' schedules on the day of a booking, whether the runner is already booked in its window, and the
	 * rooms it may take (see {@link #roomsFor}) with their bookings.
	 */
	record ForBooking(Map<TherapistId, Schedule> schedules, boolean runnerBusy, RoomsFree rooms,
			List<SlotHolds.Hold> heldForOthers) {
	}

	/** As {@link #schedules} for one day, with the runner's own clash and the rooms' bookings read in the same query. */
	ForBooking forBooking(List<TherapistView> therapists, ZoneId zone, LocalDate day, RunnerId runnerId,
			TimeWindow window, List<Long> rooms) {
		Instant from = day.minusDays(1).atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(2).atStartOfDay(zone).toInstant();
		// the therapists' running holds (a waitlist's offers) come in the same query
		Appointments.Clashes clashes = appointments.clashes(
				therapists.stream().map(therapist -> therapist.id().value()).toList(),
				rooms == null ? List.of() : rooms, from, to, runnerId, window, holds.heldSelect(), clock.instant());
		return new ForBooking(schedules(therapists, zone, from, to, clashes.blocks()), clashes.runnerBusy(),
				rooms == null ? RoomsFree.NOT_NEEDED : RoomsFree.of(rooms, clashes.roomBlocks()),
				holds.heldSelect() != null
						? clashes.holds().stream().filter(hold -> !hold.runnerId().equals(runnerId)).toList()
						: heldFromOthers(therapists.stream().map(TherapistView::id).toList(), from, to, runnerId,
								clock.instant()));
	}

	private Map<TherapistId, Schedule> schedules(List<TherapistView> therapists, ZoneId zone, Instant from,
			Instant to, Map<Long, List<TimeWindow>> booked) {
		if (therapists.isEmpty()) {
			return Map.of();
		}
		List<TherapistId> ids = therapists.stream().map(TherapistView::id).toList();
		List<TimeOff> timeOff = catalog.timeOff(ids, from, to);
		// a day the clinic is closed is a day away for everyone
		List<TimeWindow> closed = catalog.closures(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone))
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
