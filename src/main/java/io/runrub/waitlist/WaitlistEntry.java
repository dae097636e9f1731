package io.runrub.waitlist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;

/**
 * A runner waiting for a slot of a service between two of the clinic's days (inclusive), at the given times of the
 * week (none: any time), with one therapist or (null) any.
 * @param fromPlan made from the runner's plan for a massage it could not place: offered a slot before the others
 */
public record WaitlistEntry(long id, RunnerId runnerId, ServiceId serviceId, TherapistId therapistId, LocalDate from,
		LocalDate to, List<WeeklyTime> times, boolean fromPlan, Status status, Instant createdAt) {

	public enum Status {

		WAITING, BOOKED, REMOVED

	}

	/** Whether an appointment with this therapist from start to end is one this entry waits for. */
	boolean accepts(TherapistId therapist, ZonedDateTime start, ZonedDateTime end) {
		if (therapistId != null && !therapistId.equals(therapist)) {
			return false;
		}
		LocalDate day = start.toLocalDate();
		if (day.isBefore(from) || day.isAfter(to)) {
			return false;
		}
		return times.isEmpty() || times.stream().anyMatch(time -> time.fits(start, end));
	}

}
