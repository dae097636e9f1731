package io.runrub.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.runrub.clinic.TherapistId;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.TimeWindow;

/**
 * One therapist's time: weekly working hours in the clinic's local time, time off, and the blocks already booked
 * (buffers included). It knows when the therapist is free.
 *
 * <p>
 * Working hours are local wall-clock times; every slot is turned into an instant with the clinic's zone rules for
 * that very day, so a 09:00 slot is 09:00 on the clinic's clock in winter and in summer. A local time that does not
 * exist (the hour skipped when clocks go forward) is never offered. An appointment lasts its real duration, even
 * across a change of clocks.
 */
final class Schedule {

	static final Duration STEP = Duration.ofMinutes(15);

	private final TherapistId therapistId;

	private final ZoneId zone;

	private final List<WorkingPeriod> weeklyHours;

	private final List<TimeWindow> timeOff;

	private final List<TimeWindow> booked;

	Schedule(TherapistId therapistId, ZoneId zone, List<WorkingPeriod> weeklyHours, List<TimeWindow> timeOff,
			List<TimeWindow> booked) {
		this.therapistId = therapistId;
		this.zone = zone;
		this.weeklyHours = weeklyHours.stream()
			.sorted(Comparator.comparing(WorkingPeriod::dayOfWeek).thenComparing(WorkingPeriod::startTime))
			.toList();
		this.timeOff = timeOff.stream().sorted(Comparator.comparing(TimeWindow::start)).toList();
		this.booked = booked.stream().sorted(Comparator.comparing(TimeWindow::start)).toList();
	}

	/**
	 * Free slots for the service on the days from..to (inclusive, the clinic's days), starting no earlier than
	 * {@code earliestStart}, every {@link #STEP} from the start of each working period.
	 */
	List<Slot> freeSlots(ServiceFootprint footprint, LocalDate from, LocalDate to, Instant earliestStart) {
		List<Slot> slots = new ArrayList<>();
		forEachFree(footprint, from, to, earliestStart, (day, time, start, end) -> slots.add(new Slot(therapistId, start, end)));
		return slots;
	}

	/** What {@link #forEachFree} hands over: a free slot as the clinic's clock shows it and as instants. */
	interface FreeSlots {

		void free(LocalDate day, LocalTime localStart, Instant start, Instant end);

	}

	/**
	 * Walks the free slots of {@link #freeSlots} in order, day by day, without building them: a month view needs only
	 * each slot's local time. The booked blocks and time off are walked alongside (both sorted), so the cost grows with
	 * the slots and the bookings of these days, not with their product.
	 */
	void forEachFree(ServiceFootprint footprint, LocalDate from, LocalDate to, Instant earliestStart, FreeSlots sink) {
		int nextBooked = 0;
		int nextAway = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (WorkingPeriod period : periodsOn(day)) {
				Instant periodEnd = instant(day, period.endTime());
				// the second condition stops the walk when adding a step wraps past midnight
				for (LocalTime time = period.startTime(); time.isBefore(period.endTime())
						&& !time.isBefore(period.startTime()); time = time.plus(STEP)) {
					LocalDateTime local = day.atTime(time);
					if (!exists(local)) {
						continue;
					}
					Instant start = local.atZone(zone).toInstant();
					Instant end = start.plus(footprint.length());
					if (end.isAfter(periodEnd)) {
						break;
					}
					if (start.isBefore(earliestStart)) {
						continue;
					}
					TimeWindow block = footprint.block(start);
					// slots come in time order: what ended before this slot's block (or the slot) starts cannot touch it or
					// any later one
					while (nextBooked < booked.size() && !booked.get(nextBooked).end().isAfter(block.start())) {
						nextBooked++;
					}
					while (nextAway < timeOff.size() && !timeOff.get(nextAway).end().isAfter(start)) {
						nextAway++;
					}
					if (isFree(new TimeWindow(start, end), block, nextAway, nextBooked)) {
						sink.free(day, time, start, end);
					}
				}
			}
		}
	}

	/**
	 * Why the therapist cannot give the service at this start, leaving aside other bookings, as the code of the
	 * refusal ({@code outside-working-hours} or {@code therapist-away}); empty when they can.
	 */
	Optional<String> whyUnavailable(ServiceFootprint footprint, Instant start) {
		ZonedDateTime local = start.atZone(zone);
		LocalDate day = local.toLocalDate();
		TimeWindow appointment = footprint.window(start);
		boolean withinHours = periodsOn(day).stream()
			.anyMatch(period -> new TimeWindow(instant(day, period.startTime()), instant(day, period.endTime()))
				.contains(appointment));
		if (!withinHours) {
			return Optional.of("outside-working-hours");
		}
		if (timeOff.stream().anyMatch(away -> away.overlaps(appointment))) {
			return Optional.of("therapist-away");
		}
		return Optional.empty();
	}

	/** Booked minutes on a day, to share work fairly among therapists. */
	long bookedMinutesOn(LocalDate day) {
		TimeWindow whole = new TimeWindow(day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant());
		return booked.stream().filter(whole::overlaps).mapToLong(block -> block.duration().toMinutes()).sum();
	}

	/**
	 * Whether the slot is clear of time off and bookings. Both lists are sorted by start: the look begins after those
	 * that ended before an earlier slot began (they cannot touch this one) and stops at the first that starts after
	 * this slot ends.
	 */
	private boolean isFree(TimeWindow appointment, TimeWindow block, int fromAway, int fromBooked) {
		return isClear(timeOff, fromAway, appointment) && isClear(booked, fromBooked, block);
	}

	private static boolean isClear(List<TimeWindow> sortedByStart, int from, TimeWindow window) {
		for (int i = from; i < sortedByStart.size(); i++) {
			TimeWindow taken = sortedByStart.get(i);
			if (!taken.start().isBefore(window.end())) {
				return true;
			}
			if (taken.overlaps(window)) {
				return false;
			}
		}
		return true;
	}

	private List<WorkingPeriod> periodsOn(LocalDate day) {
		return weeklyHours.stream().filter(period -> period.dayOfWeek() == day.getDayOfWeek()).toList();
	}

	private boolean exists(LocalDateTime local) {
		return !zone.getRules().getValidOffsets(local).isEmpty();
	}

	/**
	 * When the clinic's clock shows this time on this day. A time the clocks skip is passed the moment they jump, so
	 * a working period starts (or ends) then, just as the walk over slot starts resumes at the first time that exists.
	 */
	private Instant instant(LocalDate day, LocalTime time) {
		LocalDateTime local = day.atTime(time);
		ZoneOffsetTransition transition = zone.getRules().getTransition(local);
		if (transition != null && transition.isGap()) {
			return transition.getInstant();
		}
		return local.atZone(zone).toInstant();
	}

}
