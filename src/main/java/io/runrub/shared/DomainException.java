package io.runrub.shared;

import java.util.Arrays;
import java.util.Objects;

/**
 * A request that the domain refuses. Each refusal has a stable code (e.g. {@code too-short-notice}) that becomes the
 * problem type URI of the API's answer, and whose words for a person live in {@code messages.properties} under
 * {@code problem.<code>.title} and {@code problem.<code>.detail} (the detail may use the arguments as {0}, {1}, …:
 * numbers, names and dates or times already written in the clinic's zone). Each subtype maps to one HTTP status in
 * the single place that turns errors into problem details.
 */
public abstract sealed class DomainException extends RuntimeException
		permits DomainException.NotFound, DomainException.Conflict, DomainException.RuleViolation,
		DomainException.Forbidden {

	private final String code;

	private final Object[] args;

	private DomainException(String code, Object[] args) {
		// no stack trace: a refusal is an answer, not a fault, and a taken slot is refused hundreds of times a second
		// under contention (filling in a Spring request's 150 frames cost more than the refusal's query)
		super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)), null, false, false);
		this.code = Objects.requireNonNull(code, "code");
		this.args = args.clone();
	}

	/** Something that does not exist, or that the caller may not know exists (404). */
	public static NotFound notFound(String code, Object... args) {
		return new NotFound(code, args);
	}

	/** The request collides with something already there: a taken slot, a used email (409). */
	public static Conflict conflict(String code, Object... args) {
		return new Conflict(code, args);
	}

	/** The request breaks a rule of the business: a clinic policy, a working hour (422). */
	public static RuleViolation refused(String code, Object... args) {
		return new RuleViolation(code, args);
	}

	/** The caller is known but may not do this (403). */
	public static Forbidden forbidden(String code, Object... args) {
		return new Forbidden(code, args);
	}

	/** The stable code of this kind of refusal. */
	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

	public static final class NotFound extends DomainException {

		private NotFound(String code, Object[] args) {
			super(code, args);
		}

	}

	public static final class Conflict extends DomainException {

		private Conflict(String code, Object[] args) {
			super(code, args);
		}

	}

	public static final class RuleViolation extends DomainException {

		private RuleViolation(String code, Object[] args) {
			super(code, args);
		}

	}

	public static final class Forbidden extends DomainException {

		private Forbidden(String code, Object[] args) {
			super(code, args);
		}

	}

}
