package io.runrub.feeds.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import io.runrub.accounts.AccountId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's private calendar address. The token is 256 random bits; only its SHA-256 hash is stored (as for
 * API tokens: nobody can guess 256 random bits, and every poll looks the token up by its hash), so the address is
 * shown when it is made and cannot be shown again: a person who lost it resets it, which revokes the old one.
 */
@Component
public class CalendarSubscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	CalendarSubscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The account's subscription: when it was made, and the token only if it was made by this call. */
	public record Subscription(Instant createdAt, String token) {
	}

	/** The account's subscription, made now if it has none (then with its token, the only time it is shown). */
	@Transactional
	public Subscription ensure(AccountId owner) {
		Optional<Instant> existing = jdbc
			.sql("select created_at from calendar_subscription where account_id = :owner")
			.param("owner", owner.value())
			.query(java.time.OffsetDateTime.class)
			.optional()
			.map(java.time.OffsetDateTime::toInstant);
		return existing.map(createdAt -> new Subscription(createdAt, null)).orElseGet(() -> reset(owner));
	}

	/** A new address for the account; the old one stops working at once. */
	@Transactional
	public Subscription reset(AccountId owner) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		jdbc.sql("delete from calendar_subscription where account_id = :owner").param("owner", owner.value()).update();
		jdbc.sql("insert into calendar_subscription (account_id, token_hash, created_at) values (:owner, :hash, :now)")
			.param("owner", owner.value())
			.param("hash", hash(token))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return new Subscription(now, token);
	}

	/** Whose calendar the token opens, if any. */
	@Transactional(readOnly = true)
	public Optional<AccountId> owner(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id from calendar_subscription where token_hash = :hash")
			.param("hash", hash(token))
			.query(Long.class)
			.optional()
			.map(AccountId::of);
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
