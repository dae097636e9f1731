package io.runrub.clinic.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Something typed into an admin form that cannot be read (a word where a number belongs, a time like 25:00). It
 * names a key of messages.properties, so the page shows a sentence for a person; arguments that are themselves
 * resolvable (a field's label) are translated too.
 */
final class InvalidInput extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	InvalidInput(String code, Object... arguments) {
		super(code, null, false, false);
		this.code = code;
		this.arguments = arguments;
	}

	/** A field's label, given as an argument so that it is translated with the message. */
	static MessageSourceResolvable label(String code) {
		return new DefaultMessageSourceResolvable(code);
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
