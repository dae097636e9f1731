package io.runrub.clinic.web;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

import io.runrub.clinic.ClinicAdministration.ClinicDetails;
import io.runrub.clinic.ClinicInfo;

import static io.runrub.clinic.web.FormValues.optional;
import static io.runrub.clinic.web.FormValues.required;
import static io.runrub.clinic.web.FormValues.whole;

/** The clinic and its booking policies, as typed on the clinic page. */
record ClinicForm(String name, String address, String timeZone, String currency, String minNotice,
		String minNoticeUnit, String maxDaysAhead, String cancellationCutoffHours) {

	static final String MINUTES = "MINUTES";

	static final String HOURS = "HOURS";

	private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

	static ClinicForm of(ClinicInfo clinic) {
		long notice = clinic.policies().minNotice().toMinutes();
		boolean wholeHours = notice > 0 && notice % 60 == 0;
		return new ClinicForm(clinic.name(), clinic.address(), clinic.zone().getId(),
				clinic.currency().getCurrencyCode(), String.valueOf(wholeHours ? notice / 60 : notice),
				wholeHours ? HOURS : MINUTES, String.valueOf(clinic.policies().maxDaysAhead()),
				String.valueOf(clinic.policies().cancellationCutoff().toHours()));
	}

	ClinicDetails details() {
		String clinicName = required(name, "admin.clinic.name", 120);
		String clinicAddress = optional(address, "admin.clinic.address", 300);
		String zone = timeZone == null ? "" : timeZone.strip();
		if (!ZoneId.getAvailableZoneIds().contains(zone)) {
			throw new InvalidInput("admin.error.timeZone", zone);
		}
		String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
		if (!CURRENCY.matcher(code).matches() || !isCurrency(code)) {
			throw new InvalidInput("admin.error.currency", code);
		}
		int noticeMinutes = HOURS.equals(minNoticeUnit) ? whole(minNotice, "admin.clinic.minNotice", 0, 168) * 60
				: whole(minNotice, "admin.clinic.minNotice", 0, 10080);
		return new ClinicDetails(clinicName, clinicAddress, zone, code, noticeMinutes,
				whole(maxDaysAhead, "admin.clinic.maxDaysAhead", 1, 730),
				whole(cancellationCutoffHours, "admin.clinic.cutoff", 0, 720));
	}

	private static boolean isCurrency(String code) {
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
