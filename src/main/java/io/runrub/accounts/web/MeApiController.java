package io.runrub.accounts.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.Actor;
import io.runrub.accounts.ApiTokens;
import io.runrub.accounts.RunRubUser;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own credentials: their password and their personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Accounts")
class MeApiController {

	private final AccountRegistration registration;

	private final ApiTokens tokens;

	private final Refusals refusals;

	MeApiController(AccountRegistration registration, ApiTokens tokens, Refusals refusals) {
		this.registration = registration;
		this.tokens = tokens;
		this.refusals = refusals;
	}

	record PasswordChange(@NotBlank(message = "{account.password.current.required}") String current,
			@JsonProperty("new") String newPassword) {
	}

	record TokenRequest(@NotBlank(message = "{account.token.name.invalid}") @Size(max = 100,
			message = "{account.token.name.invalid}") @Pattern(regexp = "[^\\p{Cntrl}]*",
					message = "{account.token.name.invalid}") String name) {
	}

	record TokenResponse(long id, String name, Instant createdAt) {
	}

	record IssuedTokenResponse(long id, String name, Instant createdAt, String token) {
	}

	@PostMapping("/password")
	@Operation(summary = "Change your password",
			description = "204; the account's other sessions end at once. 400 naming the field if the new password "
					+ "does not meet the policy, 422 if the current one is not right")
	ResponseEntity<?> changePassword(@Valid @RequestBody PasswordChange change, Actor actor,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			RunRubUser user = registration.changePassword(actor.accountId(), change.current(), change.newPassword());
			SignedInSession.renew(user, request, response);
			return ResponseEntity.noContent().build();
		}
		catch (DomainException.RuleViolation ex) {
			if (PasswordRefusals.isAboutTheNewPassword(ex)) {
				return ResponseEntity.badRequest().body(PasswordRefusals.invalidField(ex, "new", refusals));
			}
			throw ex;
		}
	}

	@GetMapping("/tokens")
	@Operation(summary = "Your personal API tokens (never the tokens themselves)")
	List<TokenResponse> tokens(Actor actor) {
		return tokens.list(actor.accountId())
			.stream()
			.map(token -> new TokenResponse(token.id(), token.name(), token.createdAt()))
			.toList();
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make a personal API token",
			description = "The token is in this answer only: send it as `Authorization: Bearer <token>`")
	IssuedTokenResponse createToken(@Valid @RequestBody TokenRequest request, Actor actor) {
		ApiTokens.IssuedToken issued = tokens.create(actor.accountId(), request.name());
		return new IssuedTokenResponse(issued.id(), issued.name(), issued.createdAt(), issued.token());
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a personal API token", description = "It stops working at once")
	void revokeToken(@PathVariable long id, Actor actor) {
		tokens.revoke(actor.accountId(), id);
	}

}
