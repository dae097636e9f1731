package io.runrub.care.body;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * On a day, how tight or sore the runner's areas feel, 0 (not at all) to 10 (the worst they can imagine). Areas not
 * marked are not recorded, which is not the same as 0.
 */
public record BodyCheckIn(@Id Long id, long runnerId, LocalDate checkInDate, Set<BodyCheckInArea> areas,
		Instant createdAt) {

	public static final int MAX_SCORE = 10;

	@PersistenceCreator
	public BodyCheckIn {
		if (checkInDate == null) {
			throw DomainException.refused("body-check-in-date-missing");
		}
		if (areas == null || areas.isEmpty()) {
			throw DomainException.refused("body-check-in-no-areas", MAX_SCORE);
		}
		Set<BodyArea> seen = new HashSet<>();
		for (BodyCheckInArea row : areas) {
			if (row == null || row.area() == null || row.score() < 0 || row.score() > MAX_SCORE
					|| !seen.add(row.area())) {
				throw DomainException.refused("body-check-in-score-invalid", MAX_SCORE);
			}
		}
		areas = Set.copyOf(areas);
	}

	/** A check-in of the scores given per area. */
	public BodyCheckIn(Long id, long runnerId, LocalDate checkInDate, Map<BodyArea, Integer> scores,
			Instant createdAt) {
		this(id, runnerId, checkInDate, rows(scores), createdAt);
	}

	/** The day it is for. */
	public LocalDate date() {
		return checkInDate;
	}

	/** The score of each area marked, in the order of {@link BodyArea}. */
	public Map<BodyArea, Integer> scores() {
		Map<BodyArea, Integer> scores = new EnumMap<>(BodyArea.class);
		areas.forEach(row -> scores.put(row.area(), row.score()));
		return Collections.unmodifiableMap(scores);
	}

	private static Set<BodyCheckInArea> rows(Map<BodyArea, Integer> scores) {
		if (scores == null) {
			return null;
		}
		Set<BodyCheckInArea> rows = new HashSet<>();
		scores.forEach((area, score) -> {
			if (area == null || score == null) {
				throw DomainException.refused("body-check-in-score-invalid", MAX_SCORE);
			}
			rows.add(new BodyCheckInArea(area, score));
		});
		return rows;
	}

	/** One area's score (a row of the check-in). */
	public record BodyCheckInArea(BodyArea area, int score) {
	}

}
