package io.runrub.booking.web;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** The new start a runner picked for an appointment, and the therapist (null or blank: the same one). */
record RescheduleForm(@NotNull Instant start, String therapist) {
}
