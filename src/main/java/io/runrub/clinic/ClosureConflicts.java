package io.runrub.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What stands in the way of closing the clinic on a day: the appointments booked on it. The booking module answers
 * (it depends on this one, so the clinic asks through this interface rather than knowing appointments).
 */
public interface ClosureConflicts {

	/** Booked (not cancelled) appointments that start on the clinic's day, by start. */
	List<BookedOnDay> bookedOn(LocalDate day);

	/** One booked appointment on a day to be closed; the id is the appointment's. */
	record BookedOnDay(long appointmentId, Instant start, String runnerName) {
	}

}
