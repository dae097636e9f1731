package io.runrub.clinic;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import io.runrub.shared.DomainException;
import io.runrub.shared.Money;

/** The clinic's name, address, time zone (everything a person sees is shown in it), currency and policies. */
public record ClinicInfo(String name, String address, ZoneId zone, Currency currency, ClinicPolicies policies) {

	public static final int MAX_NAME = 120;

	public static final int MAX_ADDRESS = 300;

	public ClinicInfo {
		if (name == null || name.isBlank()) {
			throw DomainException.refused("clinic-name-missing");
		}
		name = name.strip();
		address = address == null ? "" : address.strip();
		if (zone == null || currency == null || policies == null) {
			throw new IllegalArgumentException("A clinic needs a time zone, a currency and policies");
		}
	}

	/**
	 * The clinic as typed: refused when the zone is not an IANA name ({@code unknown-time-zone}) or the currency not an
	 * ISO 4217 code ({@code unknown-currency}).
	 */
	public static ClinicInfo of(String name, String address, String timeZone, String currencyCode,
			ClinicPolicies policies) {
		return new ClinicInfo(name, address, zoneOf(timeZone), currencyOf(currencyCode), policies);
	}

	/** An amount in the clinic's currency, given in its minor units (pence, cents). */
	public Money money(long minorUnits) {
		return new Money(minorUnits, currency);
	}

	private static ZoneId zoneOf(String timeZone) {
		String id = timeZone == null ? "" : timeZone.strip();
		if (!ZoneId.getAvailableZoneIds().contains(id) && !"UTC".equals(id)) {
			throw DomainException.refused("unknown-time-zone", id);
		}
		return ZoneId.of(id);
	}

	private static Currency currencyOf(String code) {
		String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		try {
			return Currency.getInstance(upper);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.refused("unknown-currency", upper);
		}
	}

	/** The late-cancellation fee in the clinic's currency (zero: none). */
	public io.runrub.shared.Money lateCancelFee() {
		return new io.runrub.shared.Money(policies.lateCancelFeeCents(), currency);
	}

	/** The no-show fee in the clinic's currency (zero: none). */
	public io.runrub.shared.Money noShowFee() {
		return new io.runrub.shared.Money(policies.noShowFeeCents(), currency);
	}

	/** Whether the clinic charges for a late cancellation or a no-show. */
	public boolean chargesFees() {
		return policies.lateCancelFeeCents() > 0 || policies.noShowFeeCents() > 0;
	}

}
