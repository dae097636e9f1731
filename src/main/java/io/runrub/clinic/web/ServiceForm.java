package io.runrub.clinic.web;

import java.math.BigDecimal;

import io.runrub.clinic.ClinicAdministration.ServiceDetails;
import io.runrub.clinic.MassageService;
import io.runrub.shared.Modality;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A service as typed: durations and buffers in minutes, the price as an amount in the clinic's currency ("65.00",
 * "65.5" or "65,00"), read here and nowhere else.
 */
record ServiceForm(@NotBlank @Size(max = 100) @io.runrub.shared.web.SingleLine String name, @NotNull Modality modality,
		@NotNull @Min(5) @Max(480) Integer durationMinutes,
		@NotBlank @Pattern(regexp = AMOUNT) String price,
		@NotNull @Min(0) @Max(120) Integer bufferBeforeMinutes,
		@NotNull @Min(0) @Max(120) Integer bufferAfterMinutes, Boolean active, Boolean roomRequired,
		@Size(max = MassageService.MAX_DESCRIPTION) String description) {

	/** Up to seven digits, and up to two decimals after a point or a comma. */
	static final String AMOUNT = "\\s*\\d{1,7}([.,]\\d{1,2})?\\s*";

	static ServiceForm empty() {
		return new ServiceForm("", null, 60, "", 0, 10, true, false, "");
	}

	static ServiceForm of(MassageService service) {
		return new ServiceForm(service.name(), service.modality(), service.durationMinutes(),
				service.price().amount().toPlainString(), service.bufferBeforeMinutes(),
				service.bufferAfterMinutes(), service.active(), service.roomRequired(), service.description());
	}

	/** Only for a form that passed validation: the price in minor units (pence, cents). */
	ServiceDetails details() {
		int cents = new BigDecimal(price.strip().replace(',', '.')).movePointRight(2).intValueExact();
		return new ServiceDetails(name, modality, durationMinutes, cents, bufferBeforeMinutes, bufferAfterMinutes,
				isActive(), isRoomRequired(), description);
	}

	/** Public, as the template calls it: whether a booking takes a treatment room too. */
	public boolean isRoomRequired() {
		return Boolean.TRUE.equals(roomRequired);
	}

	/** Public, as the template calls it (SpEL calls public methods only). */
	public boolean isActive() {
		return Boolean.TRUE.equals(active);
	}

}
