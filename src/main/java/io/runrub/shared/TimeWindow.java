package io.runrub.shared;

import java.time.Duration;
import java.time.Instant;

/** A half-open stretch of time [start, end). */
public record TimeWindow(Instant start, Instant end) {

	public TimeWindow {
		if (start == null || end == null || !start.isBefore(end)) {
			throw new IllegalArgumentException("A time window must end after it starts: " + start + " – " + end);
		}
	}

	public boolean overlaps(TimeWindow other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	public boolean contains(TimeWindow other) {
		return !other.start.isBefore(start) && !other.end.isAfter(end);
	}

	public Duration duration() {
		return Duration.between(start, end);
	}

}
