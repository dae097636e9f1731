package io.runrub.accounts.web;

import io.runrub.accounts.PasswordPolicy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A runner's sign-up, from the page or the API. The length of the password is checked here (at least
 * {@value PasswordPolicy#MIN_CHARACTERS} characters, and no more than {@value PasswordPolicy#MAX_BYTES}: the
 * byte limit, for letters outside ASCII, and whether it is too easy to guess, are the {@link PasswordPolicy}'s).
 */
record SignUpForm(@NotBlank(message = "Enter your email address.") @Email(
		message = "Enter a valid email address.") @Size(max = 254, message = "That email address is too long.") String email,
		@NotBlank(message = "Choose a password.") @Size(min = PasswordPolicy.MIN_CHARACTERS,
				max = PasswordPolicy.MAX_BYTES,
				message = "Choose a password of at least 10 characters (and at most 72).") String password,
		@NotBlank(message = "Enter your name.") @Size(max = 100,
				message = "Your name can have at most 100 characters.") String name) {

	static SignUpForm empty() {
		return new SignUpForm("", "", "");
	}

}
