package io.runrub.runners;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

import io.runrub.shared.DomainException;

/**
 * A time in the week a runner can come to the clinic, in the clinic's local time: on {@code dayOfWeek} from
 * {@code from} until {@code to} (an appointment must end by then).
 */
public record AvailableTime(DayOfWeek dayOfWeek, LocalTime from, LocalTime to) {

	public AvailableTime {
		if (dayOfWeek == null) {
			throw DomainException.refused("availability-day-missing");
		}
		if (from == null || to == null) {
			throw DomainException.refused("availability-time-missing", dayName(dayOfWeek));
		}
		if (!from.isBefore(to)) {
			throw DomainException.refused("availability-order", dayName(dayOfWeek), from.toString(), to.toString());
		}
	}

	/** Whether an appointment from start to end (the same day) fits inside this time. */
	public boolean covers(DayOfWeek day, LocalTime start, LocalTime end) {
		return day == dayOfWeek && !start.isBefore(from) && !end.isAfter(to) && start.isBefore(end);
	}

	boolean overlaps(AvailableTime other) {
		return other.dayOfWeek == dayOfWeek && other.from.isBefore(to) && from.isBefore(other.to);
	}

	/** The day's name in English, for refusals ("Monday"). */
	static String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

}
