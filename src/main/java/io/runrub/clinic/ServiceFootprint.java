package io.runrub.clinic;

import java.time.Duration;
import java.time.Instant;

import io.runrub.shared.TimeWindow;

/**
 * The therapist's time a service takes: its length, and the buffers before and after it during which nobody else can
 * book the therapist (setting up, notes, cleaning).
 */
record ServiceFootprint(Duration length, Duration before, Duration after) {

	public ServiceFootprint {
		if (length == null || before == null || after == null) {
			throw new IllegalArgumentException("A footprint needs a length and both buffers");
		}
		if (length.isNegative() || length.isZero() || before.isNegative() || after.isNegative()) {
			throw new IllegalArgumentException(
					"A footprint lasts a while and has no negative buffers: " + length + ", " + before + ", " + after);
		}
	}

	/** The appointment itself, starting at {@code start}. */
	public TimeWindow appointmentAt(Instant start) {
		return new TimeWindow(start, start.plus(length));
	}

	/** The therapist's time taken by an appointment starting at {@code start}, buffers included. */
	public TimeWindow blockFor(Instant start) {
		return new TimeWindow(start.minus(before), start.plus(length).plus(after));
	}

}
