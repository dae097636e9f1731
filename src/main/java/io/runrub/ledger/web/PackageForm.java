package io.runrub.ledger.web;

import java.math.BigDecimal;

import io.runrub.ledger.statement.ClinicPackage;
import io.runrub.shared.web.SingleLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A package as typed on the admin's packages page: the price in the clinic's currency, e.g. 300 or 299.50. */
record PackageForm(@NotBlank @Size(max = 120) @SingleLine String name, @NotNull Long serviceId,
		@NotNull @Min(1) @Max(ClinicPackage.MAX_SESSIONS) Integer sessions,
		@NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal price,
		@NotNull @Min(1) @Max(ClinicPackage.MAX_VALIDITY_MONTHS) Integer validityMonths) {

	static PackageForm empty() {
		return new PackageForm("", null, 5, null, 6);
	}

}
