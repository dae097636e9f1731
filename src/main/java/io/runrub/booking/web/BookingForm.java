package io.runrub.booking.web;

import java.time.Instant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The confirm step of a booking: the choice made on the way (service, therapist or "any", start) and the runner's
 * confirmation that their health answers are still true. The words of each error are in messages.properties under
 * the validation codes ({@code AssertTrue.form.healthConfirmed}, {@code typeMismatch.form.start}…).
 */
record BookingForm(@NotNull @Positive Long serviceId, @NotBlank String therapist, @NotNull Instant start,
		String idempotencyKey, @NotNull @AssertTrue Boolean healthConfirmed) {
}
