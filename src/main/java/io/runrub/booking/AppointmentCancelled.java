package io.runrub.booking;

import java.time.Instant;

/** An appointment was cancelled and its time given back. */
public record AppointmentCancelled(long appointmentId, long runnerId, long therapistId, Instant start) {
}
