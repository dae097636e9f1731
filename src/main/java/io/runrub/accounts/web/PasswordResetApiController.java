package io.runrub.accounts.web;

import io.runrub.accounts.PasswordResets;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forgotten passwords through the API. Asking always answers 202, whether or not the email has an account.
 */
@RestController
@RequestMapping("/api/v1/accounts/password-reset")
@Tag(name = "Accounts")
class PasswordResetApiController {

	private final PasswordResets resets;

	private final Refusals refusals;

	PasswordResetApiController(PasswordResets resets, Refusals refusals) {
		this.resets = resets;
		this.refusals = refusals;
	}

	@PostMapping
	@Operation(summary = "Ask for a link to choose a new password",
			description = "202 whether or not the email has an account; the link, if any, goes to that email, works "
					+ "once and expires after an hour. At most one link per account every 5 minutes.")
	ResponseEntity<Void> request(@Valid @RequestBody PasswordResetForms.Request form) {
		resets.request(form.email());
		return ResponseEntity.status(HttpStatus.ACCEPTED).build();
	}

	@PostMapping("/{token}")
	@Operation(summary = "Choose a new password through a link",
			description = "204 when set (every session of the account ends); 400 naming the field if the password "
					+ "does not meet the policy; 422 password-reset-invalid if the link was used, expired or is wrong.")
	ResponseEntity<?> reset(@PathVariable String token, @Valid @RequestBody PasswordResetForms.Choose form) {
		try {
			resets.reset(token, form.password());
			return ResponseEntity.noContent().build();
		}
		catch (DomainException.RuleViolation ex) {
			if (PasswordRefusals.isAboutTheNewPassword(ex) && !"password-reset-invalid".equals(ex.code())) {
				return ResponseEntity.badRequest().body(PasswordRefusals.invalidField(ex, "password", refusals));
			}
			throw ex;
		}
	}

}
