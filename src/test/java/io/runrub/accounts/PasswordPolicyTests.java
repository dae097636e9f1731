package io.runrub.accounts;

import io.runrub.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each way a password is refused, with the reason it gives, and the passphrases it lets through. */
class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest(name = "{0} is refused as {1}")
	@CsvSource({ "password, password-too-short", "12345678, password-too-short", "short, password-too-short",
			"password1234, password-guessable", "qwertyuiop12, password-guessable", "1234567890, password-guessable",
			"iloveyou2024, password-guessable", "rosa.runner@example.org, password-personal",
			"rosarunner99, password-personal", "rosa-runner-2026, password-personal",
			"runner-paloma-1988, password-personal" })
	void refuses(String password, String code) {
		assertThatThrownBy(() -> policy.check(password, "rosa.runner@example.org", "Paloma Rosa"))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> org.assertj.core.api.Assertions
				.assertThat(ex.code()).isEqualTo(code));
	}

	@Test
	void moreThan72BytesIsRefusedSaidPlainlyEvenWhenItIsFewerThan72Characters() {
		String accented = "é".repeat(37); // 37 characters, 74 bytes: BCrypt would silently ignore the rest
		assertThatThrownBy(() -> policy.check(accented, "a@example.org", "A"))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> org.assertj.core.api.Assertions
				.assertThat(ex.code()).isEqualTo("password-too-long"));
		assertThatThrownBy(() -> policy.check("x".repeat(73), "a@example.org", "A"))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> org.assertj.core.api.Assertions
				.assertThat(ex.code()).isEqualTo("password-too-long"));
	}

	@ParameterizedTest
	@CsvSource({ "correct-horse-battery", "tempo-lane-sprints", "kneading-hill-repeats", "Tr0ub4dor&3x-plus" })
	void acceptsPassphrasesThatAreNotCommonOrPersonal(String password) {
		assertThatCode(() -> policy.check(password, "rosa.runner@example.org", "Paloma Rosa"))
			.doesNotThrowAnyException();
	}

}
