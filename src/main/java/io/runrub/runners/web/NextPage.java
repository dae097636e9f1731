package io.runrub.runners.web;

import java.util.Optional;

/**
 * Where to go after a form, from a {@code next} parameter: only a path on this site ("/book", "/book/confirm?…").
 * Anything else, including "//host" and "/\host" that browsers read as another site, is ignored, so a link cannot
 * send a runner elsewhere after they answer. Spaces, control characters and braces (which a redirect would read as
 * a template) are refused too.
 */
final class NextPage {

	private NextPage() {
	}

	static Optional<String> of(String next) {
		if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
				|| next.startsWith("/\\")) {
			return Optional.empty();
		}
		for (char c : next.toCharArray()) {
			if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '{' || c == '}') {
				return Optional.empty();
			}
		}
		return Optional.of(next);
	}

}
