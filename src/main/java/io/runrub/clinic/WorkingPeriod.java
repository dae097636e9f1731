package io.runrub.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A stretch of a weekday, in the clinic's local time, when a therapist works. Breaks are the gaps between them. */
public record WorkingPeriod(DayOfWeek dayOfWeek, LocalTime startTime, LocalTime endTime) {

	public WorkingPeriod {
		if (dayOfWeek == null || startTime == null || endTime == null) {
			throw new IllegalArgumentException("A working period needs a day, a start and an end");
		}
	}

	boolean overlaps(WorkingPeriod other) {
		return dayOfWeek == other.dayOfWeek && startTime.isBefore(other.endTime) && other.startTime.isBefore(endTime);
	}

}
