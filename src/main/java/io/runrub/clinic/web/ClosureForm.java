package io.runrub.clinic.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A closed day as typed on the admin page. */
record ClosureForm(@NotNull(message = "{admin.closures.error.date}") @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = { "d/M/yyyy", "yyyy-MM-dd" }) LocalDate date,
		@NotBlank(message = "{admin.closures.error.reason}") @Size(max = 200,
				message = "{admin.closures.error.reasonLength}") String reason) {

	static ClosureForm empty() {
		return new ClosureForm(null, "");
	}

}
