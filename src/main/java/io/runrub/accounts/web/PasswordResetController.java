package io.runrub.accounts.web;

import io.runrub.accounts.PasswordResets;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forgotten passwords, as pages: "Forgot your password?" on the login page, and the form the emailed link opens.
 * Asking always gets the same sentence, whether or not the email has an account.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	private final Refusals refusals;

	PasswordResetController(PasswordResets resets, Refusals refusals) {
		this.resets = resets;
		this.refusals = refusals;
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
