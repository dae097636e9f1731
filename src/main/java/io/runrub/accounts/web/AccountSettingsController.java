package io.runrub.accounts.web;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.Actor;
import io.runrub.accounts.ApiTokens;
import io.runrub.accounts.RunRubUser;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page, for every role: change the password, make and revoke personal API tokens. */
@Controller
class AccountSettingsController {

	private final AccountRegistration registration;

	private final ApiTokens tokens;

	private final Refusals refusals;

	private final MessageSourceAccessor messages;

	AccountSettingsController(AccountRegistration registration, ApiTokens tokens, Refusals refusals,
			MessageSourceAccessor messages) {
		this.registration = registration;
		this.tokens = tokens;
		this.refusals = refusals;
		this.messages = messages;
	}

	record PasswordForm(@NotBlank(message = "{account.password.current.required}") String current,
			String newPassword) {

		static PasswordForm empty() {
			return new PasswordForm("", "");
		}

	}

	record TokenForm(@NotBlank(message = "{account.token.name.invalid}") @Size(max = 100,
			message = "{account.token.name.invalid}") @Pattern(regexp = "[^\\p{Cntrl}]*",
					message = "{account.token.name.invalid}") String name) {

		static TokenForm empty() {
			return new TokenForm("");
		}

	}

	@GetMapping("/account")
	String account(Actor actor, Model model) {
		model.addAttribute("passwordForm", PasswordForm.empty());
		model.addAttribute("tokenForm", TokenForm.empty());
		return page(actor, model);
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Actor actor,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				RunRubUser user = registration.changePassword(actor.accountId(), form.current(), form.newPassword());
				SignedInSession.renew(user, request, response);
				redirect.addFlashAttribute("message", messages.getMessage("account.password.changed"));
				return "redirect:/account";
			}
			catch (DomainException.RuleViolation ex) {
				String field = PasswordRefusals.isAboutTheNewPassword(ex) ? "newPassword" : "current";
				result.rejectValue(field, "problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			}
		}
		model.addAttribute("tokenForm", TokenForm.empty());
		return page(actor, model);
	}

	@PostMapping("/account/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				redirect.addFlashAttribute("newToken", tokens.create(actor.accountId(), form.name()));
				return "redirect:/account";
			}
			catch (DomainException.RuleViolation ex) {
				result.rejectValue("name", "problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			}
		}
		model.addAttribute("passwordForm", PasswordForm.empty());
		return page(actor, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		tokens.revoke(actor.accountId(), id);
		redirect.addFlashAttribute("message", messages.getMessage("account.token.revoked"));
		return "redirect:/account";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("tokens", tokens.list(actor.accountId()));
		return "accounts/account";
	}

}
