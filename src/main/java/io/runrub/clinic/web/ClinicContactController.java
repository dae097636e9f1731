package io.runrub.clinic.web;

import io.runrub.clinic.ClinicContact;
import io.runrub.clinic.ClinicContacts;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page for the clinic's phone and email (part of the clinic settings, linked from the clinic page). */
@Controller
class ClinicContactController {

	private final ClinicContacts contacts;

	private final Refusals refusals;

	private final MessageSourceAccessor messages;

	ClinicContactController(ClinicContacts contacts, Refusals refusals, MessageSourceAccessor messages) {
		this.contacts = contacts;
		this.refusals = refusals;
		this.messages = messages;
	}

	@GetMapping("/admin/contact")
	String form(Model model) {
		model.addAttribute("contactForm", ContactForm.of(contacts.contact()));
		return "clinic/contact";
	}

	@PostMapping("/admin/contact")
	String save(@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "clinic/contact";
		}
		try {
			contacts.update(new ClinicContact(form.phone(), form.email()));
		}
		catch (DomainException ex) {
			String field = switch (String.valueOf(ex.code())) {
				case "clinic-phone-invalid" -> "phone";
				case "clinic-email-invalid" -> "email";
				default -> null;
			};
			if (field == null) {
				result.reject("problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			}
			else {
				result.rejectValue(field, "problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			}
			return "clinic/contact";
		}
		redirect.addFlashAttribute("message", messages.getMessage("admin.contact.saved"));
		return "redirect:/admin/contact";
	}

}
