package io.runrub.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <personal API token>}, for this request only
 * (nothing is kept in a session). A token that is unknown, revoked or of a disabled account is answered 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	/**
	 * Marks a request signed in by its token just now, from the account as it is: {@link SessionRevalidation} need not
	 * look the account up a second time.
	 */
	static final String SIGNED_IN_BY_TOKEN = BearerTokenFilter.class.getName() + ".signedIn";

	private final ApiTokens tokens;

	private final RequestMatcher api;

	private final AuthenticationEntryPoint unauthorized;

	BearerTokenFilter(ApiTokens tokens, RequestMatcher api, AuthenticationEntryPoint unauthorized) {
		this.tokens = tokens;
		this.api = api;
		this.unauthorized = unauthorized;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearer(request) || !api.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<RunRubUser> user = tokens.authenticate(token);
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			unauthorized.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities()));
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		request.setAttribute(SIGNED_IN_BY_TOKEN, Boolean.TRUE);
		chain.doFilter(request, response);
	}

}
