package io.runrub.accounts;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests must carry a CSRF token. Pages: every write, always. The JSON API: a write that a browser made on
 * behalf of another site (its {@code Sec-Fetch-Site} says {@code cross-site} or {@code same-site}, or its
 * {@code Origin} is not this server's) and that does not carry its own credentials. Such a request could only be
 * authenticated by the session cookie the browser adds by itself, which is exactly the forgery CSRF tokens stop.
 * Requests with HTTP Basic or a Bearer token need no CSRF token: a browser never adds those headers by itself, and
 * another site cannot add them without a CORS preflight, which RunRub does not allow. A program that sends neither
 * header is not a browser acting for another site.
 */
final class CrossSiteRequests implements RequestMatcher {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "TRACE", "OPTIONS");

	private final RequestMatcher api;

	CrossSiteRequests(RequestMatcher api) {
		this.api = api;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (SAFE_METHODS.contains(request.getMethod())) {
			return false;
		}
		if (!api.matches(request)) {
			return true;
		}
		return !carriesOwnCredentials(request) && fromAnotherSite(request);
	}

	static boolean carriesOwnCredentials(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && (header.regionMatches(true, 0, "basic ", 0, 6) || BearerTokenFilter.hasBearer(request));
	}

	static boolean fromAnotherSite(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && !sameOrigin(origin, request);
	}

	private static boolean sameOrigin(String origin, HttpServletRequest request) {
		try {
			URI uri = URI.create(origin);
			if (uri.getScheme() == null || uri.getHost() == null) {
				return false; // "null" (a sandboxed frame, a file) or garbage
			}
			int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
			return uri.getScheme().equalsIgnoreCase(request.getScheme())
					&& uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int defaultPort(String scheme) {
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

}
