package io.runrub.clinic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How far ahead runners may book, and how late they may book or cancel.
 *
 * @param minNotice the least time between booking and the start of an appointment
 * @param maxDaysAhead the last bookable day, counted in the clinic's days from today
 * @param cancellationCutoff the least time before the start at which an appointment may still be cancelled or moved
 */
public record ClinicPolicies(Duration minNotice, int maxDaysAhead, Duration cancellationCutoff) {

	public Instant earliestStart(Instant now) {
		return now.plus(minNotice);
	}

	public LocalDate lastBookableDay(Instant now, ZoneId zone) {
		return LocalDate.ofInstant(now, zone).plusDays(maxDaysAhead);
	}

	public boolean allowsChangeOf(Instant start, Instant now) {
		return !now.plus(cancellationCutoff).isAfter(start);
	}

}
