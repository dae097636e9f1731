package io.runrub.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.runrub.shared.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: for programs that call the API on a person's behalf, sent as
 * {@code Authorization: Bearer <token>} and acting with the account's role. A token is 256 random bits, shown once
 * when it is made; only its SHA-256 hash is stored. A fast hash is right here, unlike for passwords: a slow hash
 * protects guessable secrets from a stolen database, and nobody can guess 256 random bits however fast each guess
 * is, while every API call must look the token up (by its hash, through a unique index). Revoking deletes the row:
 * the next request with the token is refused.
 */
@Component
public class ApiTokens {

	/** At most this many tokens per account. */
	public static final int MAX_PER_ACCOUNT = 20;

	static final String PREFIX = "rr_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token as its owner sees it in the list: never the token itself. */
	public record ApiToken(long id, String name, Instant createdAt) {
	}

	/** A token just made: the only time the token itself is shown. */
	public record IssuedToken(long id, String name, Instant createdAt, String token) implements java.io.Serializable {
	}

	@Transactional
	public IssuedToken create(AccountId owner, String name) {
		long count = jdbc.sql("select count(*) from api_token where account_id = :owner")
			.param("owner", owner.value())
			.query(Long.class)
			.single();
		if (count >= MAX_PER_ACCOUNT) {
			throw DomainException.refused("api-token-limit", MAX_PER_ACCOUNT);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into api_token (account_id, name, token_hash, created_at)
				values (:owner, :name, :hash, :now)""")
			.param("owner", owner.value())
			.param("name", name.strip())
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return new IssuedToken(keys.getKey().longValue(), name.strip(), now, token);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(AccountId owner) {
		return jdbc.sql("select id, name, created_at from api_token where account_id = :owner order by created_at, id")
			.param("owner", owner.value())
			.query((rs, row) -> new ApiToken(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** Revokes one of the owner's tokens at once; someone else's token is not found. */
	@Transactional
	public void revoke(AccountId owner, long id) {
		int deleted = jdbc.sql("delete from api_token where id = :id and account_id = :owner")
			.param("id", id)
			.param("owner", owner.value())
			.update();
		if (deleted == 0) {
			throw DomainException.notFound("api-token-not-found");
		}
	}

	/** The person a token stands for, if it is a live token of an enabled account. */
	@Transactional(readOnly = true)
	Optional<RunRubUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select a.id, a.email, a.name, a.role, a.credentials_version
				from api_token t join account a on a.id = t.account_id
				where t.token_hash = :hash and a.enabled = true""")
			.param("hash", hash(token))
			.query((rs, row) -> new RunRubUser(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
					Role.valueOf(rs.getString("role")), null, true, rs.getInt("credentials_version")))
			.optional();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
