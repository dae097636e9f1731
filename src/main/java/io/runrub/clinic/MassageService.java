package io.runrub.clinic;

import java.time.Duration;

import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;

/**
 * A service the clinic sells: a modality with a duration, a price and buffers before and after, during which the
 * therapist cannot be booked by anyone else. A service is valid once built: named, 5 to 480 minutes long, with buffers
 * of 0 to 120 minutes and a price that is not negative.
 *
 * @param id {@code null} until saved
 * @param roomRequired whether a booking takes a free treatment room as well as a therapist
 * @param description a few sentences for runners choosing a service, at most {@value #MAX_DESCRIPTION} characters;
 * null when there is none
 */
public record MassageService(ServiceId id, String name, Modality modality, int durationMinutes, Money price,
		int bufferBeforeMinutes, int bufferAfterMinutes, boolean active, boolean roomRequired, String description) {

	public static final int MAX_DESCRIPTION = 500;

	public static final int MIN_MINUTES = 5;

	public static final int MAX_MINUTES = 480;

	public static final int MAX_BUFFER_MINUTES = 120;

	public MassageService {
		if (name == null || name.isBlank()) {
			throw DomainException.refused("service-name-missing");
		}
		name = name.strip();
		if (modality == null) {
			throw DomainException.refused("service-modality-missing");
		}
		if (durationMinutes < MIN_MINUTES || durationMinutes > MAX_MINUTES) {
			throw DomainException.refused("service-duration-out-of-range", MIN_MINUTES, MAX_MINUTES);
		}
		if (price == null || price.isNegative()) {
			throw DomainException.refused("service-price-negative");
		}
		if (bufferBeforeMinutes < 0 || bufferBeforeMinutes > MAX_BUFFER_MINUTES || bufferAfterMinutes < 0
				|| bufferAfterMinutes > MAX_BUFFER_MINUTES) {
			throw DomainException.refused("service-buffer-out-of-range", 0, MAX_BUFFER_MINUTES);
		}
		description = description == null || description.isBlank() ? null : description.strip();
		if (description != null && description.length() > MAX_DESCRIPTION) {
			throw DomainException.refused("service-description-too-long", MAX_DESCRIPTION);
		}
	}

	/** A service without a description. */
	public MassageService(ServiceId id, String name, Modality modality, int durationMinutes, Money price,
			int bufferBeforeMinutes, int bufferAfterMinutes, boolean active) {
		this(id, name, modality, durationMinutes, price, bufferBeforeMinutes, bufferAfterMinutes, active, false, null);
	}

	/** A service without a description, needing a room or not. */
	public MassageService(ServiceId id, String name, Modality modality, int durationMinutes, Money price,
			int bufferBeforeMinutes, int bufferAfterMinutes, boolean active, boolean roomRequired) {
		this(id, name, modality, durationMinutes, price, bufferBeforeMinutes, bufferAfterMinutes, active, roomRequired,
				null);
	}

	/** A service with a description that needs no room. */
	public MassageService(ServiceId id, String name, Modality modality, int durationMinutes, Money price,
			int bufferBeforeMinutes, int bufferAfterMinutes, boolean active, String description) {
		this(id, name, modality, durationMinutes, price, bufferBeforeMinutes, bufferAfterMinutes, active, false,
				description);
	}

	/** The same service, saved under {@code id}. */
	MassageService withId(ServiceId id) {
		return new MassageService(id, name, modality, durationMinutes, price, bufferBeforeMinutes, bufferAfterMinutes,
				active, roomRequired, description);
	}

	/** The same service for a visit that keeps another length (an appointment booked before the service changed). */
	public MassageService lasting(Duration length) {
		return new MassageService(id, name, modality, (int) length.toMinutes(), price, bufferBeforeMinutes,
				bufferAfterMinutes, active, roomRequired, description);
	}

	public Duration duration() {
		return Duration.ofMinutes(durationMinutes);
	}

	public Duration bufferBefore() {
		return Duration.ofMinutes(bufferBeforeMinutes);
	}

	public Duration bufferAfter() {
		return Duration.ofMinutes(bufferAfterMinutes);
	}

	/** The therapist's time an appointment for this service takes, buffers included. */
	ServiceFootprint footprint() {
		return new ServiceFootprint(duration(), bufferBefore(), bufferAfter());
	}

}
