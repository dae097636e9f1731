package io.runrub.accounts.web;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts")
class AccountApiController {

	private final AccountRegistration registration;

	AccountApiController(AccountRegistration registration) {
		this.registration = registration;
	}

	record AccountResponse(long id, String email, String name, String role) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sign up as a runner", description = "409 if the email is taken, 400 with field errors if invalid")
	AccountResponse signUp(@Valid @RequestBody SignUpForm form) {
		AccountSummary account = registration.signUpRunner(form.email(), form.password(), form.name());
		return new AccountResponse(account.id().value(), account.email(), account.name(), account.role().name());
	}

}
