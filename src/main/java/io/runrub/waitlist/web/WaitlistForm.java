package io.runrub.waitlist.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Joining the waitlist as typed on the page: a service, one therapist or any, two days and, optionally, one time of
 * the week (a day and the hours then).
 */
record WaitlistForm(@NotNull(message = "{waitlist.form.error.service}") Long serviceId, Long therapistId,
		@NotNull(message = "{waitlist.form.error.from}") @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate from,
		@NotNull(message = "{waitlist.form.error.to}") @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate to,
		DayOfWeek day, @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "H:mm") LocalTime timeFrom,
		@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "H:mm") LocalTime timeTo, Boolean fromPlan) {

	boolean isFromPlan() {
		return Boolean.TRUE.equals(fromPlan);
	}

	static WaitlistForm of(Long serviceId, Long therapistId, LocalDate from, LocalDate to, boolean fromPlan) {
		return new WaitlistForm(serviceId, therapistId, from, to, null, null, null, fromPlan);
	}

}
