package io.runrub.shared;

/**
 * A request that the domain refuses, with a message written for a person. Each subtype maps to one HTTP status in
 * the single place that turns errors into problem details.
 */
public abstract sealed class DomainException extends RuntimeException
		permits DomainException.NotFound, DomainException.Conflict, DomainException.RuleViolation,
		DomainException.Forbidden {

	private final String title;

	protected DomainException(String title, String message) {
		super(message);
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** Something that does not exist, or that the caller may not know exists. */
	public static final class NotFound extends DomainException {

		public NotFound(String message) {
			super("Not found", message);
		}

	}

	/** The request collides with something already there: a taken slot, a used email. */
	public static final class Conflict extends DomainException {

		public Conflict(String title, String message) {
			super(title, message);
		}

	}

	/** The request breaks a rule of the business: a clinic policy, a working hour. */
	public static final class RuleViolation extends DomainException {

		public RuleViolation(String title, String message) {
			super(title, message);
		}

	}

	/** The caller is known but may not do this. */
	public static final class Forbidden extends DomainException {

		public Forbidden(String message) {
			super("Forbidden", message);
		}

	}

}
