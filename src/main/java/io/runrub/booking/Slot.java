package io.runrub.booking;

import java.time.Instant;

import io.runrub.clinic.TherapistId;

/** A free time at which a therapist can give a service. */
public record Slot(TherapistId therapistId, Instant start, Instant end) {
}
