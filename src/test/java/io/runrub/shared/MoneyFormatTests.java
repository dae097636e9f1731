package io.runrub.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Money as a person reads it: always with pence, or (in sentences) with pence only when there are some. */
class MoneyFormatTests {

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "6500, GBP, £65", "6550, GBP, £65.50", "6505, GBP, £65.05", "99, GBP, £0.99", "0, GBP, £0",
			"13000, GBP, £130", "6550, EUR, €65.50", "6500, EUR, €65", "6500, JPY, 'JP¥6,500'" })
	void wholeAmountsShowNoPence(long minorUnits, String currency, String shown) {
		assertThat(Money.of(minorUnits, currency).formatWhole(Locale.UK)).isEqualTo(shown);
	}

	@Test
	void formatAlwaysShowsPence() {
		assertThat(Money.of(6500, "GBP").format(Locale.UK)).isEqualTo("£65.00");
		assertThat(Money.of(6550, "GBP").format(Locale.UK)).isEqualTo("£65.50");
	}

	@Test
	void bothGroupThousandsTheSameWay() {
		assertThat(Money.of(200_000, "GBP").formatWhole(Locale.UK)).isEqualTo("£2,000");
		assertThat(Money.of(200_050, "GBP").formatWhole(Locale.UK)).isEqualTo("£2,000.50");
		assertThat(Money.of(200_000, "GBP").format(Locale.UK)).isEqualTo("£2,000.00");
	}

}
