package io.runrub.accounts.web;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class AccountApiController {

	private final AccountRegistration registration;

	private final Refusals refusals;

	AccountApiController(AccountRegistration registration, Refusals refusals) {
		this.registration = registration;
		this.refusals = refusals;
	}

	record AccountResponse(long id, String email, String name, String role) {
	}

	@PostMapping
	@Operation(summary = "Sign up as a runner",
			description = "409 if the email is taken, 400 with field errors if invalid (a password that is too short, "
					+ "too long, built from the email or name, or common or breached)")
	ResponseEntity<?> signUp(@Valid @RequestBody SignUpForm form) {
		try {
			AccountSummary account = registration.signUpRunner(form.email(), form.password(), form.name());
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new AccountResponse(account.id().value(), account.email(), account.name(),
						account.role().name()));
		}
		catch (DomainException.RuleViolation ex) {
			if (PasswordRefusals.isAboutTheNewPassword(ex)) {
				return ResponseEntity.badRequest().body(PasswordRefusals.invalidField(ex, "password", refusals));
			}
			throw ex;
		}
	}

}
