package io.runrub.accounts;

import java.time.Clock;
import java.time.Instant;

import io.runrub.shared.DomainException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and changes their credentials: runners sign themselves up, admins create therapists, everyone
 * may change their own password. Every new password meets the {@link PasswordPolicy}.
 */
@Component
public class AccountRegistration {

	private final Accounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	AccountRegistration(Accounts accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
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
	 * @throws DomainException.RuleViolation if the password does not meet the {@link PasswordPolicy}
	 */
	@Transactional
	public AccountSummary create(String email, String password, String name, Role role) {
		passwordPolicy.check(password, email, name);
		return createUnchecked(email, password, name, role);
	}

	/**
	 * The front desk creates a client who has no account yet: a runner's account whose password nobody knows (256
	 * random bits, hashed), until the client chooses one through the invitation (see {@link PasswordResets#invite}).
	 * @throws DomainException.Conflict {@code email-taken} if the email has an account
	 */
	@Transactional
	public AccountSummary createClient(String email, String name) {
		byte[] random = new byte[32];
		new java.security.SecureRandom().nextBytes(random);
		return createUnchecked(email, java.util.HexFormat.of().formatHex(random), name, Role.RUNNER);
	}

	/**
	 * Makes sure an account with this email exists, creating it if needed; an existing one is left as it is. For the
	 * operator's admin from the environment and the demo accounts, whose passwords are chosen by the operator (or
	 * published on purpose), so the policy is not applied.
	 */
	@Transactional
	public AccountSummary ensureExists(String email, String password, String name, Role role) {
		return accounts.findByEmail(Account.normalise(email))
			.map(Account::summary)
			.orElseGet(() -> createUnchecked(email, password, name, role));
	}

	/**
	 * A person changes their own password, proving they know the current one. The account's credentials version goes
	 * up, so every session signed in before ends on its next request.
	 * @return the signed-in person as they are now (for the session that made the change)
	 * @throws DomainException.RuleViolation {@code password-current-wrong} if the current password is not right, or
	 * if the new one does not meet the {@link PasswordPolicy}
	 */
	@Transactional
	public RunRubUser changePassword(AccountId accountId, String currentPassword, String newPassword) {
		Account account = accounts.findById(accountId.value())
			.filter(Account::enabled)
			.orElseThrow(() -> DomainException.notFound("account-not-found"));
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw DomainException.refused("password-current-wrong");
		}
		passwordPolicy.check(newPassword, account.email(), account.name());
		if (passwordEncoder.matches(newPassword, account.passwordHash())) {
			throw DomainException.refused("password-unchanged");
		}
		Account changed = accounts.save(account.withPassword(passwordEncoder.encode(newPassword)));
		RunRubUser user = changed.user();
		user.eraseCredentials();
		return user;
	}

	/** Lets a person log in, or stops them (a therapist who has left the clinic): their sessions end at once. */
	@Transactional
	public void setEnabled(AccountId accountId, boolean enabled) {
		accounts.findById(accountId.value()).ifPresent(account -> accounts.save(account.withEnabled(enabled)));
	}

	private AccountSummary createUnchecked(String email, String password, String name, Role role) {
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

	private static DomainException.Conflict emailTaken() {
		return DomainException.conflict("email-taken");
	}

}
