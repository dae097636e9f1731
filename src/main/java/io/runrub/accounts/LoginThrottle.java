package io.runrub.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per email as typed and per client address, in the database so that every instance sees the
 * same counts. The email is counted whether or not an account has it, so being throttled never tells anyone whether
 * an account exists. Every refused attempt counts, including those refused because of earlier failures.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	static String emailSubject(String email) {
		return "email:" + Account.normalise(email == null ? "" : email);
	}

	static String addressSubject(String address) {
		return "address:" + address;
	}

	/** Until when a login for this email from this address must wait, if it must. */
	@Transactional(readOnly = true)
	public Optional<Instant> blockedUntil(String email, String address) {
		Instant now = clock.instant();
		return later(blockedUntil(emailSubject(email), properties.accountDelayFrom(), properties.accountLockAfter()),
				blockedUntil(addressSubject(address), properties.addressDelayFrom(), properties.addressLockAfter()))
			.filter(until -> until.isAfter(now));
	}

	/** Counts a failure for the email and for the address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String email, String address) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("delete from login_failure where failed_at < :forgetBefore").param("forgetBefore", forgetBefore())
			.update();
		for (String subject : new String[] { emailSubject(email), addressSubject(address) }) {
			jdbc.sql("insert into login_failure (subject, failed_at) values (:subject, :now)")
				.param("subject", subject)
				.param("now", now)
				.update();
		}
	}

	/**
	 * A successful login: the email's failures are forgotten (the address's are not, so that logging in to one's
	 * own account cannot clear the way for guesses at others).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String email) {
		jdbc.sql("delete from login_failure where subject = :subject").param("subject", emailSubject(email)).update();
	}

	private Optional<Instant> blockedUntil(String subject, int delayFrom, int lockAfter) {
		record Failures(long count, Timestamp last) {
		}
		Failures failures = jdbc.sql("""
				select count(*), max(failed_at) from login_failure
				where subject = :subject and failed_at >= :forgetBefore""")
			.param("subject", subject)
			.param("forgetBefore", forgetBefore())
			.query((rs, row) -> new Failures(rs.getLong(1), rs.getTimestamp(2)))
			.single();
		if (failures.count() == 0) {
			return Optional.empty();
		}
		return Optional.of(failures.last()
			.toInstant()
			.plus(wait((int) Math.min(failures.count(), Integer.MAX_VALUE), delayFrom, lockAfter, properties.lock())));
	}

	private Timestamp forgetBefore() {
		return Timestamp.from(clock.instant().minus(properties.lock()));
	}

	private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
		if (a.isEmpty()) {
			return b;
		}
		if (b.isEmpty()) {
			return a;
		}
		return a.get().isAfter(b.get()) ? a : b;
	}

	/**
	 * How long the next attempt must wait after this many recent failures: nothing before {@code delayFrom}, then
	 * 1 s, 2 s, 4 s… doubling, and the whole {@code lock} from {@code lockAfter} on.
	 */
	static Duration wait(int failures, int delayFrom, int lockAfter, Duration lock) {
		if (failures >= lockAfter) {
			return lock;
		}
		if (failures < delayFrom) {
			return Duration.ZERO;
		}
		Duration delay = Duration.ofSeconds(1L << Math.min(failures - delayFrom, 20));
		return delay.compareTo(lock) < 0 ? delay : lock;
	}

}
