package io.runrub.care.body;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;

/**
 * On a day, how tight or sore the runner's areas feel, 0 (not at all) to 10 (the worst they can imagine). Areas not
 * marked are not recorded, which is not the same as 0.
 */
public record BodyCheckIn(Long id, long runnerId, LocalDate date, Map<BodyArea, Integer> scores, Instant createdAt) {

	public static final int MAX_SCORE = 10;

	public BodyCheckIn {
		if (date == null) {
			throw new DomainException.RuleViolation("No date", "Give the day of the check-in.");
		}
		if (scores == null || scores.isEmpty()) {
			throw new DomainException.RuleViolation("No areas",
					"Mark at least one area from 0 (not tight or sore) to 10.");
		}
		Map<BodyArea, Integer> copy = new EnumMap<>(BodyArea.class);
		scores.forEach((area, score) -> {
			if (area == null || score == null || score < 0 || score > MAX_SCORE) {
				throw new DomainException.RuleViolation("Invalid score", "Mark each area from 0 to %d%s."
					.formatted(MAX_SCORE, area == null ? "" : " (" + area.displayName() + ": " + score + ")"));
			}
			copy.put(area, score);
		});
		scores = java.util.Collections.unmodifiableMap(copy);
	}

}
