package io.runrub.accounts.web;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.DemoAccounts;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class AccountPageController {

	private final AccountRegistration registration;

	private final ObjectProvider<DemoAccounts> demoAccounts;

	private final Refusals refusals;

	AccountPageController(AccountRegistration registration, ObjectProvider<DemoAccounts> demoAccounts,
			Refusals refusals) {
		this.registration = registration;
		this.demoAccounts = demoAccounts;
		this.refusals = refusals;
	}

	@GetMapping("/login")
	String login(Model model) {
		DemoAccounts demo = demoAccounts.getIfAvailable();
		if (demo != null) {
			model.addAttribute("demoCredentials", demo.credentials());
		}
		return "accounts/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, HttpServletRequest request)
			throws ServletException {
		if (result.hasErrors()) {
			return "accounts/signup";
		}
		try {
			registration.signUpRunner(form.email(), form.password(), form.name());
		}
		catch (DomainException.Conflict ex) {
			result.rejectValue("email", "problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			return "accounts/signup";
		}
		request.login(form.email(), form.password());
		// the health questions come before the first booking, which refuses a runner who has not answered them
		return "redirect:/intake?next=/book";
	}

}
