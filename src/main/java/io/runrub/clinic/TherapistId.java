package io.runrub.clinic;

/** A therapist of the clinic (not their login account: see {@code Therapist.accountId}). */
public record TherapistId(long value) {

	public static TherapistId of(long value) {
		return new TherapistId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
