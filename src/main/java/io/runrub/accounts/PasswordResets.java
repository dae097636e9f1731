package io.runrub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import io.runrub.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a person asks for a link by email and chooses a new password through it. The link's token is
 * 256 random bits; only its SHA-256 is stored (a fast hash is enough for a random token, unlike a password), so the
 * table alone lets nobody in. A token works once, for {@link #LIFETIME}; using it ends every session of the account
 * (the credentials version rises) and every other link for it. Asking never reveals whether an email has an account:
 * the caller hears the same either way, and at most one link per account is sent every {@link #QUIET} so that
 * nobody can flood someone's inbox.
 */
@Component
public class PasswordResets {

	public static final Duration LIFETIME = Duration.ofHours(1);

	static final Duration QUIET = Duration.ofMinutes(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordResets(Accounts accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a reset link to the account with this email, if there is one that may log in and none was sent in the
	 * last few minutes. Says nothing either way.
	 */
	@Transactional
	public void request(String email) {
		if (email == null || email.isBlank()) {
			return;
		}
		Instant now = clock.instant();
		accounts.findByEmail(Account.normalise(email)).filter(Account::enabled).ifPresent(account -> {
			boolean recent = jdbc.sql("select count(*) from password_reset where account_id = :id and created_at > :since")
				.param("id", account.id())
				.param("since", java.sql.Timestamp.from(now.minus(QUIET)))
				.query(Long.class)
				.single() > 0;
			if (recent) {
				return;
			}
			byte[] random = new byte[32];
			RANDOM.nextBytes(random);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			Instant expires = now.plus(LIFETIME);
			jdbc.sql("""
					insert into password_reset (token_hash, account_id, created_at, expires_at)
					values (:hash, :id, :now, :expires)""")
				.param("hash", hash(token))
				.param("id", account.id())
				.param("now", java.sql.Timestamp.from(now))
				.param("expires", java.sql.Timestamp.from(expires))
				.update();
			events.publishEvent(new PasswordResetRequested(AccountId.of(account.id()), account.email(),
					account.name(), token, expires));
		});
	}

	/** How long a new client's invitation to choose a password works. */
	public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	/**
	 * Invites a client the front desk created to choose their password: a link of the same kind as a reset link
	 * (used once, through the same page), which works for {@link #INVITATION_LIFETIME}, sent with its own message
	 * ({@link ClientInvited}).
	 */
	@Transactional
	public void invite(AccountId accountId) {
		Account account = accounts.findById(accountId.value())
			.filter(Account::enabled)
			.orElseThrow(() -> DomainException.notFound("account-not-found"));
		Instant now = clock.instant();
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant expires = now.plus(INVITATION_LIFETIME);
		jdbc.sql("""
				insert into password_reset (token_hash, account_id, created_at, expires_at)
				values (:hash, :id, :now, :expires)""")
			.param("hash", hash(token))
			.param("id", account.id())
			.param("now", java.sql.Timestamp.from(now))
			.param("expires", java.sql.Timestamp.from(expires))
			.update();
		events.publishEvent(new ClientInvited(accountId, account.email(), account.name(), token, expires));
	}

	/**
	 * Sets a new password through a link, once. The token is used up in the same transaction: of two requests racing
	 * with one token, one wins.
	 * @throws DomainException.RuleViolation {@code password-reset-invalid} if the token is unknown, used or expired;
	 * the {@link PasswordPolicy}'s refusals if the password does not meet it
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		Instant now = clock.instant();
		String hash = token == null ? "" : hash(token);
		Long accountId = jdbc.sql("""
				select account_id from password_reset
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash)
			.param("now", java.sql.Timestamp.from(now))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> DomainException.refused("password-reset-invalid"));
		Account account = accounts.findById(accountId)
			.filter(Account::enabled)
			.orElseThrow(() -> DomainException.refused("password-reset-invalid"));
		passwordPolicy.check(newPassword, account.email(), account.name());
		int used = jdbc.sql("update password_reset set used_at = :now where token_hash = :hash and used_at is null")
			.param("now", java.sql.Timestamp.from(now))
			.param("hash", hash)
			.update();
		if (used != 1) {
			throw DomainException.refused("password-reset-invalid");
		}
		// every other link for the account stops working too
		jdbc.sql("update password_reset set used_at = :now where account_id = :id and used_at is null")
			.param("now", java.sql.Timestamp.from(now))
			.param("id", accountId)
			.update();
		accounts.save(account.withPassword(passwordEncoder.encode(newPassword)));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
