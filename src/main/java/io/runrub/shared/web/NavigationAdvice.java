package io.runrub.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout which menu entry is the page being shown, so that it is marked for the eye and for a screen reader
 * ({@code aria-current="page"}): {@code th:attr="aria-current=${nav.current('/training')}"} marks the link on
 * {@code /training} and on every page under it; {@code nav.exactly('/admin')} only on that path (for a link whose
 * path is the start of other links' paths).
 */
@ControllerAdvice
class NavigationAdvice {

	@ModelAttribute("nav")
	Navigation nav(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return new Navigation(path.isEmpty() ? "/" : path);
	}

	/** The path of the page being shown, relative to the application. */
	record Navigation(String path) {

		/** "page" when the page is {@code href} or under it, otherwise null (no attribute). */
		public String current(String href) {
			return path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/") ? "page" : null;
		}

		/** "page" when the page is {@code href} itself, otherwise null (no attribute). */
		public String exactly(String href) {
			return path.equals(href) ? "page" : null;
		}

	}

}
