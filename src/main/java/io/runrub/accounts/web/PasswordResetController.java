package io.runrub.accounts.web;

import io.runrub.accounts.PasswordResets;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten passwords, as pages ("Forgot your password?" on the login page, and the form the emailed link opens) and
 * as the API. Asking always gets the same answer (202, or the same sentence on the page), whether or not the email
 * has an account.
 */
@Controller
@Tag(name = "Accounts")
class PasswordResetController {

	private final PasswordResets resets;

	private final Refusals refusals;

	PasswordResetController(PasswordResets resets, Refusals refusals) {
		this.resets = resets;
		this.refusals = refusals;
	}

	@PostMapping("/api/v1/accounts/password-reset")
	@ResponseBody
	@Operation(summary = "Ask for a link to choose a new password",
			description = "202 whether or not the email has an account; the link, if any, goes to that email, works "
					+ "once and expires after an hour. At most one link per account every 5 minutes.")
	ResponseEntity<Void> request(@Valid @RequestBody PasswordResetForms.Request form) {
		resets.request(form.email());
		return ResponseEntity.status(HttpStatus.ACCEPTED).build();
	}

	@PostMapping("/api/v1/accounts/password-reset/{token}")
	@ResponseBody
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

	@GetMapping("/password-reset")
	String requestForm(Model model) {
		model.addAttribute("form", PasswordResetForms.Request.empty());
		return "accounts/password-reset";
	}

	@PostMapping("/password-reset")
	String requestLink(@Valid @ModelAttribute("form") PasswordResetForms.Request form, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			return "accounts/password-reset";
		}
		resets.request(form.email());
		model.addAttribute("sent", true);
		return "accounts/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String chooseForm(@PathVariable String token, Model model) {
		model.addAttribute("form", PasswordResetForms.Choose.empty());
		model.addAttribute("token", token);
		return "accounts/password-choose";
	}

	@PostMapping("/password-reset/{token}")
	String choose(@PathVariable String token, @Valid @ModelAttribute("form") PasswordResetForms.Choose form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		if (result.hasErrors()) {
			return "accounts/password-choose";
		}
		try {
			resets.reset(token, form.password());
		}
		catch (DomainException.RuleViolation ex) {
			if ("password-reset-invalid".equals(ex.code())) {
				result.reject("problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			}
			else {
				result.rejectValue("password", "problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			}
			return "accounts/password-choose";
		}
		return "redirect:/login?reset";
	}

}
