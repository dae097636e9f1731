package io.runrub.accounts;

import java.time.Clock;
import java.time.Instant;

import io.runrub.shared.DomainException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts: runners sign themselves up, admins create therapists. */
@Component
public class AccountRegistration {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	AccountRegistration(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** A runner signs up. */
	@Transactional
	public AccountSummary signUpRunner(String email, String password, String name) {
		return create(email, password, name, Role.RUNNER);
	}

	/**
	 * Creates an account with the given role.
	 * @throws DomainException.Conflict if the email is taken
	 */
	@Transactional
	public AccountSummary create(String email, String password, String name, Role role) {
		if (accounts.existsByEmail(Account.normalise(email))) {
			throw emailTaken();
		}
		try {
			Account account = accounts.save(
					Account.create(email, passwordEncoder.encode(password), name, role, Instant.now(clock)));
			return account.summary();
		}
		catch (DuplicateKeyException ex) {
			throw emailTaken();
		}
	}

	/** Makes sure an account with this email exists, creating it if needed; an existing one is left as it is. */
	@Transactional
	public AccountSummary ensureExists(String email, String password, String name, Role role) {
		return accounts.findByEmail(Account.normalise(email))
			.map(Account::summary)
			.orElseGet(() -> create(email, password, name, role));
	}

	/** Lets a person log in, or stops them (a therapist who has left the clinic). */
	@Transactional
	public void setEnabled(AccountId accountId, boolean enabled) {
		accounts.findById(accountId.value()).ifPresent(account -> accounts.save(account.withEnabled(enabled)));
	}

	private static DomainException.Conflict emailTaken() {
		return DomainException.conflict("email-taken");
	}

}
