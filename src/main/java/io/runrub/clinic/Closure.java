package io.runrub.clinic;

import java.time.LocalDate;

import io.runrub.shared.DomainException;

/**
 * A day the whole clinic is closed (a bank holiday, a refit), in the clinic's calendar: nobody can book it and the
 * planner never suggests it.
 * @param id null until saved
 */
public record Closure(Long id, LocalDate date, String reason) {

	public static final int MAX_REASON = 200;

	public Closure {
		if (date == null) {
			throw DomainException.refused("closure-date-missing");
		}
		reason = reason == null ? "" : reason.strip();
		if (reason.isEmpty()) {
			throw DomainException.refused("closure-reason-missing");
		}
		if (reason.length() > MAX_REASON) {
			throw DomainException.refused("closure-reason-too-long", MAX_REASON);
		}
	}

	Closure withId(long newId) {
		return new Closure(newId, date, reason);
	}

}
