package io.runrub.clinic;

import java.util.regex.Pattern;

import io.runrub.shared.DomainException;

/**
 * How clients reach the clinic: a phone number and an email address, each optional (blank when not given). Shown in
 * every page footer and every message to clients.
 */
public record ClinicContact(String phone, String email) {

	public static final int MAX_PHONE = 40;

	public static final int MAX_EMAIL = 254;

	/** Digits, spaces and + ( ) - . / as people write phone numbers, with at least five digits. */
	static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,40}$");

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public static final ClinicContact NONE = new ClinicContact("", "");

	/**
	 * @throws DomainException.RuleViolation {@code clinic-phone-invalid} or {@code clinic-email-invalid}
	 */
	public ClinicContact {
		phone = phone == null ? "" : phone.strip();
		email = email == null ? "" : email.strip();
		if (!phone.isEmpty() && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches()
				|| phone.chars().filter(Character::isDigit).count() < 5)) {
			throw DomainException.refused("clinic-phone-invalid");
		}
		if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			throw DomainException.refused("clinic-email-invalid");
		}
	}

	public boolean isEmpty() {
		return phone.isEmpty() && email.isEmpty();
	}

}
