package io.runrub.runners.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.RunnerProfiles;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Pressure;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runner's profile page: training days, level, pressure tolerance, goals, budget, preferred therapist and a
 * complaints editor. Anything that cannot be read or that the rules refuse shows the page again with what was typed
 * and a sentence saying what to fix; nothing is saved.
 */
@Controller
class ProfilePageController {

	private final RunnerProfiles profiles;

	private final ClinicCatalog catalog;

	private final MessageSource messages;

	ProfilePageController(RunnerProfiles profiles, ClinicCatalog catalog, MessageSource messages) {
		this.profiles = profiles;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal RunRubUser user, Model model) {
		Optional<RunnerProfile> saved = profiles.find(user.accountId());
		model.addAttribute("isNew", saved.isEmpty());
		return page(saved.map(ProfileForm::of).orElseGet(ProfileForm::empty), model);
	}

	@PostMapping("/profile")
	String save(@AuthenticationPrincipal RunRubUser user, @ModelAttribute("form") ProfileForm form, Model model,
			RedirectAttributes redirect) {
		try {
			profiles.save(user.accountId(), form.profile());
		}
		catch (FormProblem | DomainException.RuleViolation ex) {
			model.addAttribute("error", ex instanceof MessageSourceResolvable resolvable
					? messages.getMessage(resolvable, LocaleContextHolder.getLocale()) : ex.getMessage());
			model.addAttribute("isNew", profiles.find(user.accountId()).isEmpty());
			return page(form, model);
		}
		redirect.addFlashAttribute("message",
				messages.getMessage("runners.profile.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/profile";
	}

	private String page(ProfileForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rows", form.rows());
		model.addAttribute("levels", Level.values());
		model.addAttribute("pressures", Pressure.values());
		model.addAttribute("goals", Goal.values());
		model.addAttribute("areas", BodyArea.values());
		model.addAttribute("kinds", ComplaintKind.values());
		model.addAttribute("therapists", catalog.activeTherapists());
		model.addAttribute("currency", catalog.clinic().currency().getSymbol(Locale.UK));
		model.addAttribute("severities", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		return "runners/profile";
	}

}
