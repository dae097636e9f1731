package io.runrub.training;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;

/** A race in the runner's calendar. */
record Race(@Id Long id, long runnerId, LocalDate raceDate, String name, Double distanceMeters, RacePriority priority,
		String source, String sourceKey) {

	RaceView view() {
		return new RaceView(id, raceDate, name, distanceMeters, priority);
	}

}
