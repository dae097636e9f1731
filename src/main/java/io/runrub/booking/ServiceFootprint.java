package io.runrub.booking;

import java.time.Duration;
import java.time.Instant;

import io.runrub.clinic.MassageService;
import io.runrub.shared.TimeWindow;

/**
 * How much of a therapist's time one appointment takes: its length, and the buffers before and after it during which
 * nobody else can be booked with the therapist.
 */
record ServiceFootprint(Duration length, Duration bufferBefore, Duration bufferAfter) {

	static ServiceFootprint of(MassageService service) {
		return new ServiceFootprint(service.duration(), service.bufferBefore(), service.bufferAfter());
	}

	/** The same buffers around another length: an appointment keeps the length it was booked with. */
	ServiceFootprint withLength(Duration otherLength) {
		return new ServiceFootprint(otherLength, bufferBefore, bufferAfter);
	}

	/** The appointment itself, from this start. */
	TimeWindow window(Instant start) {
		return new TimeWindow(start, start.plus(length));
	}

	/** The therapist's time the appointment blocks from this start, buffers included. */
	TimeWindow block(Instant start) {
		return new TimeWindow(start.minus(bufferBefore), start.plus(length).plus(bufferAfter));
	}

}
