package io.runrub.ledger.statement;

import io.runrub.clinic.ServiceId;
import io.runrub.shared.DomainException;

/**
 * A package the clinic sells: a number of sessions of one service for one price, valid for some months from the day
 * it is bought (e.g. five 60-minute sports massages for £300, valid 6 months). Valid once built.
 */
public record ClinicPackage(Long id, String name, ServiceId serviceId, int sessions, long priceCents,
		int validityMonths) {

	public static final int MAX_SESSIONS = 100;

	public static final int MAX_VALIDITY_MONTHS = 60;

	public ClinicPackage {
		if (name == null || name.isBlank() || name.length() > 120 || serviceId == null || sessions < 1
				|| sessions > MAX_SESSIONS || priceCents < 0 || validityMonths < 1
				|| validityMonths > MAX_VALIDITY_MONTHS) {
			throw DomainException.refused("package-invalid");
		}
		name = name.strip();
	}

}
