package io.runrub.accounts;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** A person's login. The password is only ever stored as a hash. */
record Account(@Id Long id, String email, String passwordHash, String name, Role role, Instant createdAt,
		boolean enabled) {

	static Account create(String email, String passwordHash, String name, Role role, Instant now) {
		return new Account(null, normalise(email), passwordHash, name.strip(), role, now, true);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	Account withEnabled(boolean value) {
		return new Account(id, email, passwordHash, name, role, createdAt, value);
	}

	AccountSummary summary() {
		return new AccountSummary(AccountId.of(id), email, name, role);
	}

}
