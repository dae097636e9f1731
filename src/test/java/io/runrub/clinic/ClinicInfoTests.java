package io.runrub.clinic;

import java.time.Duration;
import java.time.ZoneId;

import io.runrub.shared.DomainException;
import io.runrub.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClinicInfoTests {

	private static final ClinicPolicies POLICIES = new ClinicPolicies(Duration.ofHours(2), 90, Duration.ofHours(24));

	@Test
	void readsAZoneNameAndACurrencyCodeAsTyped() {
		ClinicInfo clinic = ClinicInfo.of(" Stride ", null, "Europe/Dublin", "eur", POLICIES);

		assertThat(clinic.name()).isEqualTo("Stride");
		assertThat(clinic.address()).isEmpty();
		assertThat(clinic.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
		assertThat(clinic.money(6500)).isEqualTo(Money.of(6500, "EUR"));
	}

	@Test
	void refusesAnUnknownZoneOrCurrencyNamingWhatWasTyped() {
		assertThatThrownBy(() -> ClinicInfo.of("Stride", "", "Mars/Olympus", "GBP", POLICIES))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("unknown-time-zone");
				assertThat(ex.args()).containsExactly("Mars/Olympus");
			});
		assertThatThrownBy(() -> ClinicInfo.of("Stride", "", "Europe/London", "XYZ1", POLICIES))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("unknown-currency");
				assertThat(ex.args()).containsExactly("XYZ1");
			});
	}

	@Test
	void refusesAClinicWithoutAName() {
		assertThatThrownBy(() -> ClinicInfo.of(" ", "", "Europe/London", "GBP", POLICIES))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("clinic-name-missing"));
	}

}
