package io.runrub.planner.rules;

import java.time.LocalDate;

import io.runrub.training.RacePriority;

/**
 * A race as the rules see it.
 * @param distanceMeters how far it is (null: not known)
 */
public record RaceDay(LocalDate date, String name, RacePriority priority, Double distanceMeters) {

	/** A marathon, give or take a measuring error. */
	public static final double MARATHON_METERS = 42_000;

	/** A half marathon, give or take a measuring error. */
	public static final double HALF_MARATHON_METERS = 21_000;

	public RaceDay(LocalDate date, String name, RacePriority priority) {
		this(date, name, priority, null);
	}

	/** A and B races get a pre-race massage and a protected window; C races are run as training. */
	public boolean isKey() {
		return priority != RacePriority.C;
	}

	public boolean isAtLeastMarathon() {
		return distanceMeters != null && distanceMeters >= MARATHON_METERS;
	}

	public boolean isAtLeastHalfMarathon() {
		return distanceMeters != null && distanceMeters >= HALF_MARATHON_METERS;
	}

}
