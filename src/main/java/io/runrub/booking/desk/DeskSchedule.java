package io.runrub.booking.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.Closure;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's schedule for the front desk: for each day, each active therapist's working hours, breaks (the gaps
 * between them), time off and booked appointments, and whether the clinic is closed. Four reads whatever the range:
 * the cached catalogue, closures, time off and appointments.
 */
@Component
@Transactional(readOnly = true)
public class DeskSchedule {

	/** The longest range one request may ask for. */
	public static final int MAX_DAYS = 31;

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	DeskSchedule(AppointmentCalendar calendar, ClinicCatalog catalog) {
		this.calendar = calendar;
		this.catalog = catalog;
	}

	/** The schedule of the clinic's days from..to, both included. */
	public record View(LocalDate from, LocalDate to, ZoneId zone, List<Column> therapists, List<Day> days) {
	}

	/** A therapist: one column of every day. */
	public record Column(TherapistId id, String name) {
	}

	/** One clinic day; {@code closedFor} the closure's reason, or null when the clinic is open. */
	public record Day(LocalDate date, String closedFor, List<Cell> cells) {

		public boolean closed() {
			return closedFor != null;
		}

	}

	/** One therapist on one day, in the order of {@link View#therapists}. */
	public record Cell(TherapistId therapistId, List<Period> hours, List<Period> breaks, List<Away> timeOff,
			List<Entry> appointments) {

		public boolean working() {
			return !hours.isEmpty();
		}

	}

	/** Clinic-local times on the day. */
	public record Period(LocalTime from, LocalTime to) {
	}

	/** Time off as it overlaps the day. */
	public record Away(ZonedDateTime start, ZonedDateTime end, String reason) {
	}

	/**
	 * A booked appointment in the schedule.
	 * @param roomName the treatment room it takes; null when its service needs none
	 */
	public record Entry(AppointmentView appointment, String roomName) {
	}

	public View between(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw DomainException.refused("schedule-range-invalid", MAX_DAYS);
		}
		ZoneId zone = catalog.zone();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<TherapistView> therapists = catalog.activeTherapists()
			.stream()
			.sorted(Comparator.comparing(TherapistView::name).thenComparing(t -> t.id().value()))
			.toList();
		Map<LocalDate, Closure> closures = catalog.closures(from, to)
			.stream()
			.collect(Collectors.toMap(Closure::date, Function.identity(), (a, b) -> a));
		List<TimeOff> away = catalog.timeOff(therapists.stream().map(TherapistView::id).toList(), start, end);
		List<AppointmentView> booked = calendar.clinicSchedule(start, end);
		List<Day> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			LocalDate date = day;
			Instant dayStart = date.atStartOfDay(zone).toInstant();
			Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
			List<Cell> cells = therapists.stream().map(therapist -> {
				List<Period> hours = therapist.workingHours()
					.stream()
					.filter(period -> period.dayOfWeek() == date.getDayOfWeek())
					.sorted(Comparator.comparing(WorkingPeriod::startTime))
					.map(period -> new Period(period.startTime(), period.endTime()))
					.toList();
				List<Period> breaks = new ArrayList<>();
				for (int i = 1; i < hours.size(); i++) {
					if (hours.get(i - 1).to().isBefore(hours.get(i).from())) {
						breaks.add(new Period(hours.get(i - 1).to(), hours.get(i).from()));
					}
				}
				List<Away> off = away.stream()
					.filter(t -> t.therapistId().equals(therapist.id()) && t.overlaps(dayStart, dayEnd))
					.map(t -> new Away(t.start().atZone(zone), t.end().atZone(zone), t.reason()))
					.toList();
				List<Entry> entries = booked.stream()
					.filter(a -> a.therapistId().equals(therapist.id()) && a.start().toLocalDate().equals(date))
					.map(a -> new Entry(a, a.roomName()))
					.toList();
				return new Cell(therapist.id(), hours, List.copyOf(breaks), off, entries);
			}).toList();
			Closure closure = closures.get(date);
			days.add(new Day(date, closure == null ? null : closure.reason(), cells));
		}
		return new View(from, to, zone,
				therapists.stream().map(t -> new Column(t.id(), t.name())).toList(), List.copyOf(days));
	}

}
