package io.runrub.training.spi;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.Modality;

/**
 * Massages to show in the training calendar beside the sessions and races ("an integral part of your training
 * programme"), provided by the planner, which depends on training, so the dependency keeps running one way. Without
 * a planner, the calendar shows none: {@link #NONE}.
 */
public interface CalendarEntries {

	/** No massages. */
	CalendarEntries NONE = (runner, from, to) -> List.of();

	/** The runner's booked and planned massages from..to (inclusive), by day. */
	List<Massage> massages(RunnerId runner, LocalDate from, LocalDate to);

	/**
	 * A massage on a day of the calendar.
	 * @param start its start in the clinic's zone once booked; {@code null} for a planned one
	 * @param therapistName who gives it, when known
	 */
	record Massage(LocalDate date, LocalTime start, Modality modality, int durationMinutes, boolean booked,
			String therapistName) {
	}

}
