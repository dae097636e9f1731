package io.runrub.shared.web;

import java.net.URI;

import io.runrub.shared.DomainException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
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

	private final MeterRegistry meters;

	Refusals(MessageSourceAccessor messages, ObjectProvider<MeterRegistry> meters) {
		this.messages = messages;
		this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
	}

	public String title(DomainException ex) {
		return messages.getMessage("problem." + ex.code() + ".title");
	}

	/** The refusal's words for a person; each refusal shown is counted as {@code runrub.refusals} by kind and code. */
	public String detail(DomainException ex) {
		meters.counter("runrub.refusals", "kind", ex.getClass().getSimpleName(), "code", String.valueOf(ex.code())).increment();
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
