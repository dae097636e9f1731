package io.runrub.clinic;

import java.time.Duration;

import io.runrub.shared.Modality;

import org.springframework.data.annotation.Id;

/**
 * A service the clinic sells: a modality with a duration, a price and buffers before and after, during which the
 * therapist cannot be booked by anyone else.
 */
public record MassageService(@Id Long id, String name, Modality modality, int durationMinutes, int priceCents,
		int bufferBeforeMinutes, int bufferAfterMinutes, boolean active) {

	public Duration duration() {
		return Duration.ofMinutes(durationMinutes);
	}

	public Duration bufferBefore() {
		return Duration.ofMinutes(bufferBeforeMinutes);
	}

	public Duration bufferAfter() {
		return Duration.ofMinutes(bufferAfterMinutes);
	}

}
