package io.runrub.care.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.runrub.shared.DomainException;

/**
 * An exercise a therapist assigned from a treatment note: so many times a week for so many weeks, from the day it
 * was assigned. Weeks are counted from that day.
 */
public record Homework(Long id, long noteId, long runnerId, long exerciseId, long assignedBy, int timesPerWeek,
		int weeks, LocalDate startsOn, LocalDate endsOn, Instant assignedAt) {

	public static final int MAX_TIMES_PER_WEEK = 14;

	public static final int MAX_WEEKS = 26;

	static Homework assign(long noteId, long runnerId, long exerciseId, long assignedBy, int timesPerWeek, int weeks,
			LocalDate startsOn, Instant now) {
		if (timesPerWeek < 1 || timesPerWeek > MAX_TIMES_PER_WEEK) {
			throw new DomainException.RuleViolation("Invalid frequency",
					"Times per week is from 1 to %d.".formatted(MAX_TIMES_PER_WEEK));
		}
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw new DomainException.RuleViolation("Invalid length", "Weeks is from 1 to %d.".formatted(MAX_WEEKS));
		}
		return new Homework(null, noteId, runnerId, exerciseId, assignedBy, timesPerWeek, weeks, startsOn,
				startsOn.plusWeeks(weeks).minusDays(1), now);
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
