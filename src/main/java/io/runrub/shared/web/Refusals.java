package io.runrub.shared.web;

import java.net.URI;

import io.runrub.shared.DomainException;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Words for a person, and a stable problem type, for each refusal of the domain. The words live in
 * {@code messages.properties} as {@code problem.<code>.title} and {@code problem.<code>.detail}; the type is
 * {@value #TYPE_BASE}{@code <code>}. Pages and the API both ask here, so a refusal reads the same everywhere.
 */
@Component
public class Refusals {

	/** Where the problem types of RunRub's API are named (RFC 9457 {@code type}). */
	public static final String TYPE_BASE = "https://runrub.io/problems/";

	private final MessageSourceAccessor messages;

	Refusals(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	public String title(DomainException ex) {
		return messages.getMessage("problem." + ex.code() + ".title");
	}

	public String detail(DomainException ex) {
		return messages.getMessage("problem." + ex.code() + ".detail", ex.args());
	}

	public static URI type(String code) {
		return URI.create(TYPE_BASE + code);
	}

	/** The type of a refusal. */
	public URI type(DomainException ex) {
		return type(ex.code());
	}

}
