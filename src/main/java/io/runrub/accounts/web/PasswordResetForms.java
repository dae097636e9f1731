package io.runrub.accounts.web;

import io.runrub.accounts.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The two forms of a password reset, from the pages or the API. */
final class PasswordResetForms {

	private PasswordResetForms() {
	}

	/**
	 * Asking for a link. Any text up to an email's length is accepted and answered the same way, so that the answer
	 * reveals nothing about which emails have accounts.
	 */
	record Request(@NotBlank(message = "Enter your email address.") @Size(max = 254,
			message = "That email address is too long.") String email) {

		static Request empty() {
			return new Request("");
		}

	}

	/** Choosing the new password. */
	record Choose(@NotBlank(message = "Choose a password.") @Size(min = PasswordPolicy.MIN_CHARACTERS,
			max = PasswordPolicy.MAX_BYTES,
			message = "Choose a password of at least 10 characters (and at most 72).") String password) {

		static Choose empty() {
			return new Choose("");
		}

	}

}
