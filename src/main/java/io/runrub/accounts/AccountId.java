package io.runrub.accounts;

/** A person's account: who signs in. */
public record AccountId(long value) {

	public static AccountId of(long value) {
		return new AccountId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
