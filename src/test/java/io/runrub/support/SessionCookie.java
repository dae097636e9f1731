package io.runrub.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session under Spring Session: the {@code SESSION} cookie, sent with each request
 * ({@code .with(session)}) and taken again from each answer ({@code .andDo(session)}) when the session id changes.
 * Sessions live in the database, so MockMvc's in-memory {@code MockHttpSession} would not carry them.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

	public static final String NAME = "SESSION";

	private Cookie cookie;

	private SessionCookie(Cookie cookie) {
		this.cookie = cookie;
	}

	/** The session an answer started (a login), or none if it started none (a failed login). */
	public static SessionCookie from(MvcResult result) {
		SessionCookie session = new SessionCookie(null);
		session.handle(result);
		return session;
	}

	public String value() {
		return cookie == null ? null : cookie.getValue();
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		if (cookie != null) {
			List<Cookie> cookies = new ArrayList<>(
					request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
			cookies.add(new Cookie(NAME, cookie.getValue()));
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

	@Override
	public void handle(MvcResult result) {
		Cookie set = result.getResponse().getCookie(NAME);
		if (set != null) {
			cookie = set.getMaxAge() == 0 ? null : set;
		}
	}

}
