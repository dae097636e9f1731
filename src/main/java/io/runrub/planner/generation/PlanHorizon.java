package io.runrub.planner.generation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.runrub.planner.rules.RaceDay;

/**
 * How far a plan runs when the runner does not say: the whole season the clinic takes bookings for — to
 * {@value #DAYS_AFTER_RACE} days after the last A or B race up to the clinic's last bookable day, so that a second A
 * race three weeks after the first still gets its pre-race massage — or {@value #DEFAULT_WEEKS} weeks without one.
 */
public final class PlanHorizon {

	/** Without an A or B race the clinic takes bookings for, a plan covers this many weeks. */
	public static final int DEFAULT_WEEKS = 12;

	/** A plan runs this many days past its last race: the recovery massage and the week after. */
	public static final int DAYS_AFTER_RACE = 7;

	private PlanHorizon() {
	}

	/**
	 * @param from the plan's first day
	 * @param lastBookable the clinic's last bookable day
	 * @param races the runner's races from {@code from} on
	 */
	public static LocalDate defaultEnd(LocalDate from, LocalDate lastBookable, List<RaceDay> races) {
		return races.stream()
			.filter(RaceDay::isKey)
			.map(RaceDay::date)
			.filter(date -> !date.isBefore(from) && !date.isAfter(lastBookable))
			.max(Comparator.naturalOrder())
			.map(date -> date.plusDays(DAYS_AFTER_RACE))
			.orElse(from.plusWeeks(DEFAULT_WEEKS));
	}

}
