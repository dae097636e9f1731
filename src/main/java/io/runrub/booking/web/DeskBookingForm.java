package io.runrub.booking.web;

import java.time.LocalDate;
import java.time.LocalTime;

import io.runrub.shared.web.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The front desk's booking form: a client by email (a new one with a name), a service, a therapist and a room (or any
 * free one), a day and a time.
 */
record DeskBookingForm(
		@NotBlank(message = "{desk.form.runnerEmail}") @Email(message = "{desk.form.runnerEmail}") @Size(max = 254,
				message = "{desk.form.runnerEmail}") String runnerEmail,
		@Size(max = 100, message = "{desk.api.newClientName}") @SingleLine String newClientName,
		@NotNull(message = "{desk.form.serviceId}") Long serviceId, Long therapistId, Long roomId,
		@NotNull(message = "{desk.form.date}") @DateTimeFormat(pattern = "dd/MM/yyyy",
				fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate date,
		@NotNull(message = "{desk.form.time}") @DateTimeFormat(pattern = "HH:mm",
				fallbackPatterns = "HH:mm:ss") LocalTime time,
		Boolean overrideNotice) {

	static DeskBookingForm empty(LocalDate date, String email) {
		return new DeskBookingForm(email, null, null, null, null, date, null, false);
	}

}
