package io.runrub.clinic.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Time off as typed: local dates and times in the clinic's zone (typed as 21/03/2026 18:30; ISO as a datetime-local input sends it is read too). */
record TimeOffForm(
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy HH:mm",
				fallbackPatterns = { "d/M/yyyy H:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss" }) LocalDateTime start,
		@NotNull @DateTimeFormat(pattern = "dd/MM/yyyy HH:mm",
				fallbackPatterns = { "d/M/yyyy H:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss" }) LocalDateTime end,
		@Size(max = 200) String reason) {

	static TimeOffForm empty() {
		return new TimeOffForm(null, null, "");
	}

	/** In a daylight-saving gap a time moves forward by the gap. */
	Instant startIn(ZoneId zone) {
		return start.atZone(zone).toInstant();
	}

	Instant endIn(ZoneId zone) {
		return end.atZone(zone).toInstant();
	}

}
