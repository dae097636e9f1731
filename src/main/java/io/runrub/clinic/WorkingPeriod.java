package io.runrub.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

import io.runrub.shared.DomainException;

/**
 * A stretch of a weekday, in the clinic's local time, when a therapist works. Breaks are the gaps between them. A
 * period ends after it starts ({@code working-period-order}).
 */
public record WorkingPeriod(DayOfWeek dayOfWeek, LocalTime startTime, LocalTime endTime) {

	public WorkingPeriod {
		if (dayOfWeek == null || startTime == null || endTime == null) {
			throw new IllegalArgumentException("A working period needs a day, a start and an end");
		}
		if (!startTime.isBefore(endTime)) {
			throw DomainException.refused("working-period-order", dayName(dayOfWeek), startTime, endTime);
		}
	}

	boolean overlaps(WorkingPeriod other) {
		return dayOfWeek == other.dayOfWeek && startTime.isBefore(other.endTime) && other.startTime.isBefore(endTime);
	}

	/** The clinic's pages are in English (en-GB); a refusal names the day as they do. */
	static String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

}
