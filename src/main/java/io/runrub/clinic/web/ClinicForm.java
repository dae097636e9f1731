package io.runrub.clinic.web;

import io.runrub.clinic.ClinicAdministration.ClinicDetails;
import io.runrub.clinic.ClinicInfo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The clinic and its booking policies, as typed on the clinic page. The words of each error are in
 * messages.properties under the error's code and {@code clinicForm.<field>}.
 */
record ClinicForm(@NotBlank @Size(max = 120) @io.runrub.shared.web.SingleLine String name, @Size(max = 300) String address,
		@NotBlank String timeZone, @NotBlank @Pattern(regexp = "\\s*[A-Za-z]{3}\\s*") String currency,
		@NotNull @Min(0) @Max(10080) Integer minNotice, String minNoticeUnit,
		@NotNull @Min(1) @Max(730) Integer maxDaysAhead, @NotNull @Min(0) @Max(720) Integer cancellationCutoffHours,
		@jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("10000")
		@jakarta.validation.constraints.Digits(integer = 5, fraction = 2) java.math.BigDecimal lateCancelFee,
		@jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("10000")
		@jakarta.validation.constraints.Digits(integer = 5, fraction = 2) java.math.BigDecimal noShowFee) {

	/** The form as it was before fees (left empty, a fee stays as it is). */
	ClinicForm(String name, String address, String timeZone, String currency, Integer minNotice, String minNoticeUnit,
			Integer maxDaysAhead, Integer cancellationCutoffHours) {
		this(name, address, timeZone, currency, minNotice, minNoticeUnit, maxDaysAhead, cancellationCutoffHours,
				null, null);
	}

	static final String MINUTES = "MINUTES";

	static final String HOURS = "HOURS";

	/** A week, the longest notice a clinic may ask for. */
	private static final int MAX_NOTICE_HOURS = 168;

	static ClinicForm of(ClinicInfo clinic) {
		long notice = clinic.policies().minNotice().toMinutes();
		boolean wholeHours = notice > 0 && notice % 60 == 0;
		return new ClinicForm(clinic.name(), clinic.address(), clinic.zone().getId(),
				clinic.currency().getCurrencyCode(), (int) (wholeHours ? notice / 60 : notice),
				wholeHours ? HOURS : MINUTES, clinic.policies().maxDaysAhead(),
				(int) clinic.policies().cancellationCutoff().toHours(),
				major(clinic.policies().lateCancelFeeCents(), clinic.currency()),
				major(clinic.policies().noShowFeeCents(), clinic.currency()));
	}

	private static java.math.BigDecimal major(long minor, java.util.Currency currency) {
		return java.math.BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits()));
	}

	private static long minor(java.math.BigDecimal major, String currency) {
		int digits = 2;
		try {
			digits = Math.max(0, java.util.Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT))
				.getDefaultFractionDigits());
		}
		catch (IllegalArgumentException ex) {
			// an unknown currency is refused when the clinic is saved; until then, cents
		}
		return major.movePointRight(digits).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
	}

	/** What the annotations cannot say: a notice in hours is at most a week. */
	void validate(Errors errors) {
		if (inHours() && minNotice != null && minNotice > MAX_NOTICE_HOURS && !errors.hasFieldErrors("minNotice")) {
			errors.rejectValue("minNotice", "Max");
		}
	}

	private boolean inHours() {
		return HOURS.equals(minNoticeUnit);
	}

	ClinicDetails details() {
		return new ClinicDetails(name, address == null ? "" : address, timeZone.strip(), currency.strip(),
				inHours() ? minNotice * 60 : minNotice, maxDaysAhead, cancellationCutoffHours,
				lateCancelFee == null ? null : minor(lateCancelFee, currency),
				noShowFee == null ? null : minor(noShowFee, currency));
	}

}
