package io.runrub.clinic.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.AppointmentsInTheWay;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's list of closed days, with a form to add one and a button to remove each. A day with appointments
 * booked is refused and the page lists them, each with a choice to move it (to the slot proposed) or cancel it; sent
 * again with a choice for each, the day is closed and every client is told why (as with time off).
 */
@Controller
class ClosurePageController {

	private static final Map<String, String> FIELD_OF_REFUSAL = Map.of("closure-out-of-range", "date",
			"closure-exists", "date", "closure-over-appointments", "date", "closure-reason-missing", "reason",
			"closure-reason-too-long", "reason");

	private final ClinicAdministration administration;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	private final Clock clock;

	ClosurePageController(ClinicAdministration administration, ClinicCatalog catalog, MessageSourceAccessor messages,
			Refusals refusals, Clock clock) {
		this.administration = administration;
		this.catalog = catalog;
		this.messages = messages;
		this.refusals = refusals;
		this.clock = clock;
	}

	@GetMapping("/admin/closures")
	String closures(Model model) {
		model.addAttribute("closureForm", ClosureForm.empty());
		return page(model, List.of());
	}

	@PostMapping("/admin/closures")
	String add(io.runrub.accounts.Actor actor, @Valid @ModelAttribute("closureForm") ClosureForm form,
			BindingResult result, @org.springframework.web.bind.annotation.RequestParam Map<String, String> params,
			Model model, RedirectAttributes redirect) {
		List<AppointmentsInTheWay.InTheWay> conflicts = List.of();
		if (!result.hasErrors()) {
			// the admin's decision for each appointment booked that day: decision-<appointmentId> = MOVE or CANCEL
			List<AppointmentsInTheWay.Decision> decisions = params.entrySet()
				.stream()
				.filter(e -> e.getKey().matches("decision-\\d{1,18}") && e.getValue().matches("MOVE|CANCEL"))
				.map(e -> new AppointmentsInTheWay.Decision(Long.parseLong(e.getKey().substring("decision-".length())),
						AppointmentsInTheWay.Action.valueOf(e.getValue()), null))
				.toList();
			try {
				administration.addClosure(form.date(), form.reason(), decisions, params.get("clientMessage"), actor);
				redirect.addFlashAttribute("message", messages.getMessage(
						decisions.isEmpty() ? "admin.closures.added" : "admin.closures.addedWithDecisions",
						new Object[] { decisions.size() }));
				return "redirect:/admin/closures";
			}
			catch (DomainException.RuleViolation | DomainException.Conflict ex) {
				String field = FIELD_OF_REFUSAL.get(ex.code());
				String code = "problem." + ex.code() + ".detail";
				if (ex.code().equals("closure-over-appointments")) {
					// the page says the day as people write it, and offers the choice below
					Object[] args = { form.date().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
							java.util.Locale.UK)), ex.args()[1] };
					result.rejectValue(field, "admin.closures.overAppointments", args,
							messages.getMessage("admin.closures.overAppointments", args));
				}
				else if (field != null) {
					result.rejectValue(field, code, ex.args(), refusals.detail(ex));
				}
				else {
					result.reject(code, ex.args(), refusals.detail(ex));
				}
				if (ex.code().equals("closure-over-appointments")) {
					conflicts = administration.closureInTheWay(form.date());
				}
			}
		}
		return page(model, conflicts);
	}

	@PostMapping("/admin/closures/{id}/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		try {
			administration.removeClosure(id);
			redirect.addFlashAttribute("message", messages.getMessage("admin.closures.removed"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/admin/closures";
	}

	private String page(Model model, List<AppointmentsInTheWay.InTheWay> conflicts) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), catalog.zone());
		model.addAttribute("closures", catalog.closures(today, today.plusYears(2)));
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("deskZone", catalog.zone());
		return "clinic/closures";
	}

}
