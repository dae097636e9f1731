package io.runrub.clinic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.runrub.shared.DomainException;

/**
 * How far ahead runners may book, and how late they may book or cancel. Valid once built: no negative notice or
 * cutoff, and at least one bookable day ahead.
 *
 * @param minNotice the least time between booking and the start of an appointment
 * @param maxDaysAhead the last bookable day, counted in the clinic's days from today
 * @param cancellationCutoff the least time before the start at which an appointment may still be moved, or cancelled
 * without it counting as a late cancellation
 * @param lateCancelFeeCents what a runner's cancellation inside the cutoff costs, in the clinic's minor units (0: nothing)
 * @param noShowFeeCents what not coming to an appointment costs (0: nothing)
 */
public record ClinicPolicies(Duration minNotice, int maxDaysAhead, Duration cancellationCutoff, long lateCancelFeeCents,
		long noShowFeeCents) {

	/** The largest fee a clinic may set: 10,000.00 in its currency, which no typo of a real fee reaches. */
	public static final long MAX_FEE_CENTS = 1_000_000;

	public ClinicPolicies {
		if (minNotice == null || cancellationCutoff == null || minNotice.isNegative()
				|| cancellationCutoff.isNegative() || maxDaysAhead < 1 || lateCancelFeeCents < 0
				|| noShowFeeCents < 0 || lateCancelFeeCents > MAX_FEE_CENTS || noShowFeeCents > MAX_FEE_CENTS) {
			throw DomainException.refused("clinic-policies-invalid");
		}
	}

	/** Policies without fees. */
	public ClinicPolicies(Duration minNotice, int maxDaysAhead, Duration cancellationCutoff) {
		this(minNotice, maxDaysAhead, cancellationCutoff, 0, 0);
	}

	/** The same policies with these fees. */
	public ClinicPolicies withFees(long lateCancelFee, long noShowFee) {
		return new ClinicPolicies(minNotice, maxDaysAhead, cancellationCutoff, lateCancelFee, noShowFee);
	}

	public Instant earliestStart(Instant now) {
		return now.plus(minNotice);
	}

	public LocalDate lastBookableDay(Instant now, ZoneId zone) {
		return LocalDate.ofInstant(now, zone).plusDays(maxDaysAhead);
	}

	public boolean allowsChangeOf(Instant start, Instant now) {
		return !now.plus(cancellationCutoff).isAfter(start);
	}

	/**
	 * Refuses a start that is too soon ({@code too-short-notice}, in whole hours, or {@code too-short-notice-minutes})
	 * or beyond the last bookable day in the clinic's zone ({@code too-far-ahead}).
	 */
	public void checkBookable(Instant start, Instant now, ZoneId zone) {
		if (start.isBefore(earliestStart(now))) {
			long minutes = minNotice.toMinutes();
			if (minutes % 60 == 0) {
				throw DomainException.refused("too-short-notice", minutes / 60);
			}
			throw DomainException.refused("too-short-notice-minutes", minutes);
		}
		if (LocalDate.ofInstant(start, zone).isAfter(lastBookableDay(now, zone))) {
			throw DomainException.refused("too-far-ahead", maxDaysAhead);
		}
	}

}
