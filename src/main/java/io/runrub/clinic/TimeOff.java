package io.runrub.clinic;

import java.time.Instant;

import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;

/**
 * A stretch of time a therapist is away (holiday, training, illness).
 *
 * @param id {@code null} until saved
 * @param reason what the therapist's calendar shows; "Time off" when none is given
 */
public record TimeOff(Long id, TherapistId therapistId, TimeWindow window, String reason) {

	static final String DEFAULT_REASON = "Time off";

	public TimeOff {
		if (therapistId == null || window == null) {
			throw new IllegalArgumentException("Time off needs a therapist and a window");
		}
		reason = reason == null || reason.isBlank() ? DEFAULT_REASON : reason.strip();
	}

	/** New time off; refused ({@code time-off-order}) unless it ends after it starts. */
	public static TimeOff of(TherapistId therapistId, Instant start, Instant end, String reason) {
		if (start == null || end == null || !start.isBefore(end)) {
			throw DomainException.refused("time-off-order");
		}
		return new TimeOff(null, therapistId, new TimeWindow(start, end), reason);
	}

	TimeOff withId(long id) {
		return new TimeOff(id, therapistId, window, reason);
	}

	public Instant start() {
		return window.start();
	}

	public Instant end() {
		return window.end();
	}

	public boolean overlaps(Instant otherStart, Instant otherEnd) {
		return start().isBefore(otherEnd) && otherStart.isBefore(end());
	}

	public boolean overlaps(TimeWindow other) {
		return window.overlaps(other);
	}

}
