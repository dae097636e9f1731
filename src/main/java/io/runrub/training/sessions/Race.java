package io.runrub.training.sessions;

import java.time.LocalDate;

import io.runrub.shared.DomainException;
import io.runrub.training.RacePriority;
import io.runrub.training.RaceView;

import org.springframework.data.annotation.Id;

/** A race in the runner's calendar. */
public record Race(@Id Long id, long runnerId, LocalDate raceDate, String name, Double distanceMeters, RacePriority priority,
		String source, String sourceKey) {

	/** The longest race RunRub keeps, in metres (a 1,000 km ultra is already beyond any real one). */
	static final double MAX_DISTANCE_METERS = 1_000_000;

	/**
	 * A race as the runner enters it: it needs a date, a name and a priority, and a distance, if given, of at least
	 * zero. The name is kept without surrounding blanks.
	 */
	public static Race entered(Long id, long runnerId, LocalDate date, String name, Double distanceMeters,
			RacePriority priority, String source, String sourceKey) {
		if (date == null) {
			throw DomainException.refused("race-without-date");
		}
		if (name == null || name.isBlank()) {
			throw DomainException.refused("race-without-name");
		}
		if (distanceMeters != null && (distanceMeters < 0 || distanceMeters > MAX_DISTANCE_METERS || distanceMeters.isNaN())) {
			throw DomainException.refused("race-distance-out-of-range", (long) (MAX_DISTANCE_METERS / 1000));
		}
		if (priority == null) {
			throw DomainException.refused("race-without-priority");
		}
		return new Race(id, runnerId, date, name.strip(), distanceMeters, priority, source, sourceKey);
	}

	/** The same race, as the runner now enters it; where it came from stays. */
	public Race changedTo(LocalDate date, String name, Double distanceMeters, RacePriority priority) {
		return entered(id, runnerId, date, name, distanceMeters, priority, source, sourceKey);
	}

	public RaceView view() {
		return new RaceView(id, raceDate, name, distanceMeters, priority);
	}

}
