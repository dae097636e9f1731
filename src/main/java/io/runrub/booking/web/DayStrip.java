package io.runrub.booking.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.Availability;
import io.runrub.booking.VisitTiming;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.Closure;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.WorkingPeriod;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The days a runner picks from when booking or moving a massage: each day of the strip open with its number of free
 * times, full, closed (a closure, or nobody who offers the service works that day) or not open for booking yet; the
 * next free time across the days (and, with "any therapist", across therapists); and each day's label from the
 * runner's own training. It reads the compact availability once, for the booking window ahead (two queries), so the
 * strip, "next available" and the chosen day's times all come from the same read.
 */
@Component
class DayStrip {

	/** Days shown at once: two weeks, a week to a row. */
	static final int DAYS_SHOWN = 14;

	private final ClinicCatalog catalog;

	private final Availability availability;

	private final ObjectProvider<VisitTiming> timing;

	private final Clock clock;

	DayStrip(ClinicCatalog catalog, Availability availability, ObjectProvider<VisitTiming> timing, Clock clock) {
		this.catalog = catalog;
		this.availability = availability;
		this.timing = timing;
		this.clock = clock;
	}

	/** How a day of the strip stands; shown through {@code book.day.<state>} words, never by name. */
	enum State {

		OPEN, FULL, CLOSED, NOT_YET_OPEN

	}

	/**
	 * @param freeTimes free start times that day (across therapists, each time once)
	 * @param closedBecause the clinic's reason for a closure, else null
	 * @param label the runner's training's word on the day, or null
	 */
	record Day(LocalDate date, State state, int freeTimes, String closedBecause, VisitTiming.Label label) {

		public boolean choosable() {
			return state == State.OPEN;
		}

	}

	/** A time to book: its start, on the clinic's clock, and its therapist when one was chosen. */
	record Time(Instant start, ZonedDateTime localStart, TherapistId therapistId) {
	}

	/**
	 * @param first the first day shown
	 * @param previousFrom the first day of the two weeks before, null when they are in the past
	 * @param nextFrom the first day of the two weeks after, null when they are beyond the booking window
	 * @param next the next free time from the first day shown, null when there is none in the booking window
	 * @param lastBookable the last day the clinic takes bookings for
	 */
	record View(List<Day> days, LocalDate first, LocalDate previousFrom, LocalDate nextFrom, Time next,
			LocalDate lastBookable, SortedMap<LocalDate, SortedMap<TherapistId, List<LocalTime>>> free,
			ZoneId zone) {

		/** The free times of a day, each once, in order. */
		List<Time> times(LocalDate day, TherapistId therapistId) {
			SortedMap<TherapistId, List<LocalTime>> byTherapist = free.get(day);
			if (byTherapist == null) {
				return List.of();
			}
			return byTherapist.values()
				.stream()
				.flatMap(List::stream)
				.collect(Collectors.toCollection(TreeSet::new))
				.stream()
				.map(time -> time(day, time, therapistId))
				.toList();
		}

		Day day(LocalDate date) {
			return days.stream().filter(day -> day.date().equals(date)).findFirst().orElse(null);
		}

		private Time time(LocalDate day, LocalTime time, TherapistId therapistId) {
			ZonedDateTime local = day.atTime(time).atZone(zone);
			return new Time(local.toInstant(), local, therapistId);
		}

	}

	/** The strip from {@code from} (today when null or past) for the service, with a therapist or any qualified one. */
	View build(MassageService service, TherapistId therapistId, LocalDate from, RunnerId runner) {
		ClinicInfo clinic = catalog.clinic();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clinic.zone());
		LocalDate lastBookable = clinic.policies().lastBookableDay(now, clinic.zone());
		LocalDate first = from == null || from.isBefore(today) ? today : from;
		LocalDate last = first.plusDays(DAYS_SHOWN - 1);
		// the whole booking window ahead in one read (two queries): the strip and the next free time after it
		LocalDate ahead = first.plusDays(Availability.MAX_DAYS);
		SortedMap<LocalDate, SortedMap<TherapistId, List<LocalTime>>> free = availability.days(service.id(), first,
				ahead.isAfter(lastBookable) && !first.isAfter(lastBookable) ? lastBookable : ahead, therapistId);
		List<TherapistView> therapists = therapistId == null ? catalog.qualifiedTherapists(service.modality())
				: List.of(catalog.therapist(therapistId));
		Set<DayOfWeek> working = therapists.stream()
			.flatMap(therapist -> therapist.workingHours().stream())
			.map(WorkingPeriod::dayOfWeek)
			.collect(Collectors.toSet());
		Map<LocalDate, Closure> closures = catalog.closures(first, last)
			.stream()
			.collect(Collectors.toMap(Closure::date, closure -> closure));
		Map<LocalDate, VisitTiming.Label> labels = runner == null ? Map.of()
				: timing.getIfAvailable(() -> VisitTiming.NONE).labels(runner, service.modality(), first, last);
		List<Day> days = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			Closure closure = closures.get(date);
			State state;
			int count = 0;
			if (date.isAfter(lastBookable)) {
				state = State.NOT_YET_OPEN;
			}
			else if (closure != null || !working.contains(date.getDayOfWeek())) {
				state = State.CLOSED;
			}
			else {
				SortedMap<TherapistId, List<LocalTime>> byTherapist = free.get(date);
				count = byTherapist == null ? 0
						: (int) byTherapist.values().stream().flatMap(List::stream).distinct().count();
				state = count == 0 ? State.FULL : State.OPEN;
			}
			days.add(new Day(date, state, count, closure == null ? null : closure.reason(),
					state == State.OPEN ? labels.get(date) : null));
		}
		View view = new View(days, first, first.isAfter(today) ? max(today, first.minusDays(DAYS_SHOWN)) : null,
				last.isBefore(lastBookable) ? first.plusDays(DAYS_SHOWN) : null, null, lastBookable, free,
				clinic.zone());
		Time next = free.isEmpty() ? null : view.times(free.firstKey(), therapistId).get(0);
		return new View(days, view.first(), view.previousFrom(), view.nextFrom(), next, lastBookable, free,
				clinic.zone());
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
