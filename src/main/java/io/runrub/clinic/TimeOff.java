package io.runrub.clinic;

import java.time.Instant;

/** A stretch of time a therapist is away (holiday, training, illness). */
public record TimeOff(long id, long therapistId, Instant start, Instant end, String reason) {

	public boolean overlaps(Instant otherStart, Instant otherEnd) {
		return start.isBefore(otherEnd) && otherStart.isBefore(end);
	}

}
