package io.runrub.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A runner's sign-up, from the page or the API. */
record SignUpForm(@NotBlank(message = "Enter your email address.") @Email(
		message = "Enter a valid email address.") @Size(max = 254, message = "That email address is too long.") String email,
		@NotBlank(message = "Choose a password.") @Size(min = 8, max = 128,
				message = "Choose a password of 8 to 128 characters.") String password,
		@NotBlank(message = "Enter your name.") @Size(max = 100,
				message = "Your name can have at most 100 characters.") String name) {

	static SignUpForm empty() {
		return new SignUpForm("", "", "");
	}

}
