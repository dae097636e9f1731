package io.runrub.shared;

import java.util.Arrays;

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

	private final String title;

	protected DomainException(String code, Object[] args, String title, String message) {
		super(message != null ? message : code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
		this.code = code;
		this.args = args.clone();
		this.title = title;
	}

	/** Something that does not exist, or that the caller may not know exists (404). */
	public static NotFound notFound(String code, Object... args) {
		return new NotFound(code, args, null, null);
	}

	/** The request collides with something already there: a taken slot, a used email (409). */
	public static Conflict conflict(String code, Object... args) {
		return new Conflict(code, args, null, null);
	}

	/** The request breaks a rule of the business: a clinic policy, a working hour (422). */
	public static RuleViolation refused(String code, Object... args) {
		return new RuleViolation(code, args, null, null);
	}

	/** The caller is known but may not do this (403). */
	public static Forbidden forbidden(String code, Object... args) {
		return new Forbidden(code, args, null, null);
	}

	/** The stable code of this kind of refusal, or {@code null} for one still worded in code (legacy). */
	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

	/** The title when worded in code (legacy); refusals with a code take theirs from messages.properties. */
	public String title() {
		return title;
	}

	public static final class NotFound extends DomainException {

		private NotFound(String code, Object[] args, String title, String message) {
			super(code, args, title, message);
		}

		/** Legacy: worded in code. Use {@link DomainException#notFound(String, Object...)}. */
		@Deprecated
		public NotFound(String message) {
			this(null, new Object[0], "Not found", message);
		}

	}

	public static final class Conflict extends DomainException {

		private Conflict(String code, Object[] args, String title, String message) {
			super(code, args, title, message);
		}

		/** Legacy: worded in code. Use {@link DomainException#conflict(String, Object...)}. */
		@Deprecated
		public Conflict(String title, String message) {
			this(null, new Object[0], title, message);
		}

	}

	public static final class RuleViolation extends DomainException {

		private RuleViolation(String code, Object[] args, String title, String message) {
			super(code, args, title, message);
		}

		/** Legacy: worded in code. Use {@link DomainException#refused(String, Object...)}. */
		@Deprecated
		public RuleViolation(String title, String message) {
			this(null, new Object[0], title, message);
		}

	}

	public static final class Forbidden extends DomainException {

		private Forbidden(String code, Object[] args, String title, String message) {
			super(code, args, title, message);
		}

		/** Legacy: worded in code. Use {@link DomainException#forbidden(String, Object...)}. */
		@Deprecated
		public Forbidden(String message) {
			this(null, new Object[0], "Forbidden", message);
		}

	}

}
