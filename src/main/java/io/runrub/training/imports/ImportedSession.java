package io.runrub.training.imports;

import java.time.LocalDate;
import java.time.LocalTime;

import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;

/**
 * A session read from a file.
 *
 * @param sourceKey identifies the session in its source, so that importing it again is recognised as a duplicate
 * (e.g. {@code fit:<serial>:<time created>}, {@code ics:<UID>:<DTSTART>}, {@code gpx:<start instant>})
 * @param startTime local start time, or null for an all-day planned session
 * @param typeFromSource true when the file said what type it is (a title, a sport); false when it was guessed
 * @param heartRate per-sample heart rate, or null; used for the heart-rate load
 */
public record ImportedSession(String sourceKey, LocalDate date, LocalTime startTime, SessionType type,
		boolean typeFromSource, SessionStatus status, String title, Integer durationSeconds, Double distanceMeters,
		Double elevationGainMeters, Integer avgHeartRate, Integer rpe, String notes, HeartRateTrace heartRate) {
}
