package io.runrub.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at once when its account has been disabled (a therapist who left) or its password changed since the
 * session signed in (the credentials version moved on): on every request, the signed-in person is checked against
 * the account as it is now (one look-up by primary key, of two columns). The request then goes on as anonymous, so a
 * page asks for a login and the API answers 401.
 */
final class SessionRevalidation extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionRevalidation.class);

	private final JdbcClient jdbc;

	SessionRevalidation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The two columns the check needs, read by hand: the whole account through Spring Data JDBC's mapping cost 2% of
	 * all page CPU under the load suite (JFR), on every request.
	 */
	private record Standing(boolean enabled, int credentialsVersion) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		// a request signed in by its API token has just been checked against the account as it is now
		if (authentication != null && authentication.getPrincipal() instanceof RunRubUser user
				&& request.getAttribute(BearerTokenFilter.SIGNED_IN_BY_TOKEN) == null) {
			Optional<Standing> account = jdbc.sql("select enabled, credentials_version from account where id = :id")
				.param("id", user.accountId())
				.query((rs, row) -> new Standing(rs.getBoolean("enabled"), rs.getInt("credentials_version")))
				.optional();
			boolean current = account.isPresent() && account.get().enabled()
					&& account.get().credentialsVersion() == user.credentialsVersion();
			if (!current) {
				log.info("Ended the session of account {}: {}", user.accountId(),
						account.isEmpty() ? "deleted" : !account.get().enabled() ? "disabled" : "credentials changed");
				SecurityContextHolder.getContextHolderStrategy().clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}

}
