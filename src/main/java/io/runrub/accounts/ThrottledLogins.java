package io.runrub.accounts;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every login with an email and password (the form, HTTP Basic, signing in after sign-up) passes here: a login for
 * an email or from an address with too many recent failures is refused without looking at the password (the right
 * password too), every failure is logged with the email as typed and the client's address (never the password) and
 * counted, and a success forgets the email's failures. A disabled account fails like a wrong password, so that the
 * answer never tells whether an account exists or what state it is in.
 */
final class ThrottledLogins implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledLogins.class);

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledLogins(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	/** A login refused because of earlier failures, whatever the password. */
	static final class LoginThrottledException extends AuthenticationException {

		private final transient Instant until;

		LoginThrottledException(Instant until) {
			super("Too many failed logins");
			this.until = until;
		}

		Instant until() {
			return until;
		}

	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		String address = address(authentication);
		Optional<Instant> blocked = throttle.blockedUntil(email, address);
		if (blocked.isPresent()) {
			throttle.failed(email, address);
			log.warn("Login refused for \"{}\" from {}: too many failed logins, blocked until {}", printable(email),
					address, blocked.get());
			throw new LoginThrottledException(blocked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(email);
			return result;
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			throttle.failed(email, address);
			log.warn("Failed login for \"{}\" from {}", printable(email), address);
			throw new BadCredentialsException("Bad credentials");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
	}

	/** The email as typed, safe for a log line: no control characters (no forged lines), at most 100 characters. */
	static String printable(String typed) {
		if (typed == null) {
			return "";
		}
		String clean = typed.replaceAll("\\p{Cntrl}", "?").replace("\"", "\\\"");
		return clean.length() > 100 ? clean.substring(0, 100) + "…" : clean;
	}

}
