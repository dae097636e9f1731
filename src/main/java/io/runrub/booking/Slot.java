package io.runrub.booking;

import java.time.Instant;

/** A free time at which a therapist can give a service. */
public record Slot(long therapistId, Instant start, Instant end) {
}
