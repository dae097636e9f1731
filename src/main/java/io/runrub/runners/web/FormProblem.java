package io.runrub.runners.web;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something typed into a form that cannot be read (a word where a number belongs). It names a key of
 * messages.properties, so the page shows a sentence for a person, never a binding error.
 */
final class FormProblem extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	FormProblem(String code, Object... arguments) {
		super(code, null, false, false);
		this.code = code;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments;
	}

}
