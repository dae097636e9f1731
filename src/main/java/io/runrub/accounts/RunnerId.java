package io.runrub.accounts;

/** A runner: the account of a person with the runner role (the same number as their account id). */
public record RunnerId(long value) {

	public static RunnerId of(long value) {
		return new RunnerId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
