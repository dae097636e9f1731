package io.runrub.care.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.runrub.shared.DomainException;

import org.springframework.data.annotation.Id;

/**
 * An exercise a therapist assigned from a treatment note: so many times a week for so many weeks, from the day it
 * was assigned, with the runner's check-ins on it. Weeks are counted from that day.
 */
public record Homework(@Id Long id, long noteId, long runnerId, long exerciseId, long assignedBy, int timesPerWeek,
		int weeks, LocalDate startsOn, LocalDate endsOn, Instant assignedAt, Set<HomeworkCheckIn> checkIns) {

	public static final int MAX_TIMES_PER_WEEK = 14;

	public static final int MAX_WEEKS = 26;

	public Homework {
		checkIns = checkIns == null ? Set.of() : Set.copyOf(checkIns);
	}

	public static Homework assign(long noteId, long runnerId, long exerciseId, long assignedBy, int timesPerWeek,
			int weeks, LocalDate startsOn, Instant now) {
		if (timesPerWeek < 1 || timesPerWeek > MAX_TIMES_PER_WEEK) {
			throw DomainException.refused("homework-frequency-invalid", MAX_TIMES_PER_WEEK);
		}
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw DomainException.refused("homework-length-invalid", MAX_WEEKS);
		}
		return new Homework(null, noteId, runnerId, exerciseId, assignedBy, timesPerWeek, weeks, startsOn,
				startsOn.plusWeeks(weeks).minusDays(1), now, Set.of());
	}

	/**
	 * The runner's check-in on a day of this homework (without a date: today), never for a day still to come.
	 * @param today today in the clinic's zone
	 */
	Homework checkIn(long runner, LocalDate date, CheckInStatus status, MissedReason reason, Integer minutes,
			Integer change, String text, LocalDate today, Instant now) {
		LocalDate day = date == null ? today : date;
		if (day.isAfter(today)) {
			throw DomainException.refused("check-in-date-in-future");
		}
		if (!isActiveOn(day)) {
			throw DomainException.refused("check-in-outside-homework", startsOn.toString(), endsOn.toString());
		}
		Set<HomeworkCheckIn> more = new HashSet<>(checkIns);
		more.add(new HomeworkCheckIn(null, runner, day, status, reason, minutes, change, text, now));
		return new Homework(id, noteId, runnerId, exerciseId, assignedBy, timesPerWeek, weeks, startsOn, endsOn,
				assignedAt, more);
	}

	/** The check-ins oldest first (several on one day in the order they were made). */
	public List<HomeworkCheckIn> checkInsInOrder() {
		return checkIns.stream()
			.sorted(Comparator.comparing(HomeworkCheckIn::checkInDate)
				.thenComparing(HomeworkCheckIn::createdAt)
				.thenComparing(HomeworkCheckIn::id, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	public boolean isActiveOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/** The first day of the homework week that holds the day. */
	public LocalDate weekStartOf(LocalDate day) {
		long days = ChronoUnit.DAYS.between(startsOn, day);
		return startsOn.plusWeeks(Math.floorDiv(days, 7));
	}

	/**
	 * How many goes should be done by the end of the day, within its week, spreading the week's goes evenly: three a
	 * week are due on the first, third and fifth day, and one missed stays due the next day.
	 */
	public int dueByEndOf(LocalDate day) {
		int dayOfWeek = (int) ChronoUnit.DAYS.between(weekStartOf(day), day);
		return (int) Math.ceil(timesPerWeek * (dayOfWeek + 1) / 7.0);
	}

	/** At most this many goes a day: one, or two for homework more often than daily. */
	public int perDay() {
		return (int) Math.ceil(timesPerWeek / 7.0);
	}

	/** How many goes should surely be done by the end of the day, since the start (whole goes only). */
	public int expectedBy(LocalDate day) {
		LocalDate last = day.isAfter(endsOn) ? endsOn : day;
		if (last.isBefore(startsOn)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(startsOn, last) + 1;
		return (int) Math.floor(timesPerWeek * days / 7.0);
	}

}
