package io.runrub.clinic.web;

import io.runrub.clinic.ClinicAdministration.ServiceDetails;
import io.runrub.clinic.MassageService;

import static io.runrub.clinic.web.FormValues.required;
import static io.runrub.clinic.web.FormValues.whole;

/** A service as typed: the price in currency units (65.00), durations and buffers in minutes. */
record ServiceForm(String name, String modality, String durationMinutes, String price, String bufferBeforeMinutes,
		String bufferAfterMinutes, String active) {

	static ServiceForm empty() {
		return new ServiceForm("", "", "60", "", "0", "10", "true");
	}

	static ServiceForm of(MassageService service) {
		return new ServiceForm(service.name(), service.modality().name(), String.valueOf(service.durationMinutes()),
				FormValues.amount(service.priceCents()), String.valueOf(service.bufferBeforeMinutes()),
				String.valueOf(service.bufferAfterMinutes()), String.valueOf(service.active()));
	}

	ServiceDetails details() {
		return new ServiceDetails(required(name, "admin.service.name", 100), FormValues.modality(modality),
				whole(durationMinutes, "admin.service.duration", 5, 480), FormValues.cents(price, "admin.service.price"),
				whole(bufferBeforeMinutes, "admin.service.bufferBefore", 0, 120),
				whole(bufferAfterMinutes, "admin.service.bufferAfter", 0, 120), isActive());
	}

	/** Public, as the template calls it (SpEL calls public methods only). */
	public boolean isActive() {
		return FormValues.ticked(active);
	}

}
