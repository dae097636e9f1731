package io.runrub.clinic;

import java.time.ZoneId;
import java.util.Currency;

/** The clinic's name, address, time zone (everything a person sees is shown in it), currency and policies. */
public record ClinicInfo(String name, String address, ZoneId zone, Currency currency, ClinicPolicies policies) {
}
