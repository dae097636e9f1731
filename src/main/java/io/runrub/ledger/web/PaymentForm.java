package io.runrub.ledger.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** A payment taken at the clinic, as an admin types it, in the clinic's currency. */
record PaymentForm(@NotNull @DecimalMin("0.01") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal amount) {

	static PaymentForm empty() {
		return new PaymentForm(null);
	}

}
