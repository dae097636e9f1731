package io.runrub.accounts;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A person's login. The password is only ever stored as a hash. The credentials version goes up whenever the
 * password changes: a session signed in under an older version ends on its next request.
 */
record Account(@Id Long id, String email, String passwordHash, String name, Role role, Instant createdAt,
		boolean enabled, int credentialsVersion) {

	static Account create(String email, String passwordHash, String name, Role role, Instant now) {
		return new Account(null, normalise(email), passwordHash, name.strip(), role, now, true, 0);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	Account withEnabled(boolean value) {
		return new Account(id, email, passwordHash, name, role, createdAt, value, credentialsVersion);
	}

	/** A new password: every session signed in with the old one ends. */
	Account withPassword(String newHash) {
		return new Account(id, email, newHash, name, role, createdAt, enabled, credentialsVersion + 1);
	}

	AccountSummary summary() {
		return new AccountSummary(AccountId.of(id), email, name, role);
	}

	RunRubUser user() {
		return new RunRubUser(id, email, name, role, passwordHash, enabled, credentialsVersion);
	}

}
