package io.runrub.clinic.web;

import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's setup as pages (the security configuration limits /admin/** to admins): the clinic and its policies,
 * therapists with their logins, weekly hours and time off, and services. The same operations as the JSON admin API.
 * <p>
 * Every change is one call of {@link ClinicAdministration}, which saves all or nothing. Forms bind plain text that
 * {@link FormValues} reads; anything that cannot be read or that the clinic refuses shows the page again with the
 * entered values and a sentence saying what to fix. A success redirects with a message.
 */
@Controller
@RequestMapping("/admin")
class AdminPageController {

	/** IANA region names (and UTC) to choose from; a zone saved by other means is added to the choice. */
	private static final Set<String> TIME_ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(Pattern.compile("(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+|UTC")
			.asMatchPredicate())
		.collect(Collectors.toCollection(TreeSet::new));

	private final ClinicAdministration administration;

	private final ClinicCatalog catalog;

	private final MessageSource messages;

	private final Clock clock;

	AdminPageController(ClinicAdministration administration, ClinicCatalog catalog, MessageSource messages,
			Clock clock) {
		this.administration = administration;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	/** A day the hours editor offers, named in the reader's language. */
	record DayChoice(String value, String label) {
	}

	/** Upcoming time off, in the clinic's zone. */
	record TimeOffRow(long id, ZonedDateTime start, ZonedDateTime end, String reason) {
	}

	/** A service with the form that edits it; {@code open} shows that form unfolded (after a refusal). */
	record ServiceEntry(MassageService service, String price, ServiceForm form, boolean open) {
	}

	// the clinic and its policies

	@GetMapping
	String clinic(Model model) {
		model.addAttribute("form", ClinicForm.of(catalog.clinic()));
		return clinicPage(model);
	}

	@PostMapping
	String saveClinic(@ModelAttribute("form") ClinicForm form, Model model, RedirectAttributes redirect) {
		try {
			administration.updateClinic(form.details());
		}
		catch (InvalidInput | DomainException ex) {
			model.addAttribute("error", problem(ex));
			return clinicPage(model);
		}
		redirect.addFlashAttribute("message", text("admin.clinic.saved"));
		return "redirect:/admin";
	}

	private String clinicPage(Model model) {
		ClinicForm form = (ClinicForm) model.getAttribute("form");
		Set<String> zones = new TreeSet<>(TIME_ZONES);
		if (form != null && form.timeZone() != null && ZoneId.getAvailableZoneIds().contains(form.timeZone())) {
			zones.add(form.timeZone());
		}
		model.addAttribute("timeZones", zones);
		return "clinic/clinic";
	}

	// therapists

	@GetMapping("/therapists")
	String therapists(Model model) {
		model.addAttribute("form", NewTherapistForm.empty());
		return therapistsPage(model);
	}

	@PostMapping("/therapists")
	String createTherapist(@ModelAttribute("form") NewTherapistForm form, Model model, RedirectAttributes redirect) {
		TherapistView created;
		try {
			NewTherapistForm.Checked therapist = form.checked();
			created = administration.createTherapist(therapist.name(), therapist.email(), therapist.password(),
					therapist.bio(), therapist.modalities());
		}
		catch (InvalidInput | DomainException ex) {
			model.addAttribute("form", form.withoutPassword());
			model.addAttribute("error", problem(ex));
			return therapistsPage(model);
		}
		redirect.addFlashAttribute("message", text("admin.therapist.created", created.name()));
		return "redirect:/admin/therapists/" + created.id();
	}

	private String therapistsPage(Model model) {
		model.addAttribute("therapists", catalog.allTherapists());
		model.addAttribute("modalities", Modality.values());
		return "clinic/therapists";
	}

	@GetMapping("/therapists/{id}")
	String therapist(@PathVariable long id, Model model) {
		return therapistPage(id, model);
	}

	@PostMapping("/therapists/{id}")
	String updateTherapist(@PathVariable long id, @ModelAttribute("details") TherapistForm details, Model model,
			RedirectAttributes redirect) {
		try {
			TherapistForm.Checked checked = details.checked();
			administration.updateTherapist(id, checked.name(), checked.bio(), checked.modalities(), checked.active());
		}
		catch (InvalidInput | DomainException ex) {
			model.addAttribute("error", problem(ex));
			return therapistPage(id, model);
		}
		redirect.addFlashAttribute("message", text("admin.therapist.saved"));
		return "redirect:/admin/therapists/" + id;
	}

	@PostMapping("/therapists/{id}/hours")
	String setWorkingHours(@PathVariable long id, @ModelAttribute("hours") HoursForm hours, Model model,
			RedirectAttributes redirect) {
		try {
			administration.setWorkingHours(id, hours.periods());
		}
		catch (InvalidInput | DomainException ex) {
			model.addAttribute("error", problem(ex));
			model.addAttribute("rows", hours.rows());
			return therapistPage(id, model);
		}
		redirect.addFlashAttribute("message", text("admin.hours.saved"));
		return "redirect:/admin/therapists/" + id;
	}

	@PostMapping("/therapists/{id}/time-off")
	String addTimeOff(@PathVariable long id, @ModelAttribute("timeOffForm") TimeOffForm timeOffForm, Model model,
			RedirectAttributes redirect) {
		try {
			TimeOffForm.Checked off = timeOffForm.checked(catalog.zone());
			administration.addTimeOff(id, off.start(), off.end(), off.reason());
		}
		catch (InvalidInput | DomainException ex) {
			model.addAttribute("error", problem(ex));
			return therapistPage(id, model);
		}
		redirect.addFlashAttribute("message", text("admin.timeOff.added"));
		return "redirect:/admin/therapists/" + id;
	}

	@PostMapping("/therapists/{id}/time-off/{timeOffId}/remove")
	String removeTimeOff(@PathVariable long id, @PathVariable long timeOffId, RedirectAttributes redirect) {
		try {
			administration.removeTimeOff(id, timeOffId);
			redirect.addFlashAttribute("message", text("admin.timeOff.removed"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", problem(ex));
		}
		return "redirect:/admin/therapists/" + id;
	}

	/**
	 * A refused form is shown again at the address it was sent to, which htmx puts in the address bar: reloading
	 * that address shows the page afresh instead of "method not allowed".
	 */
	@GetMapping({ "/therapists/{id}/hours", "/therapists/{id}/time-off" })
	String reloadTherapist(@PathVariable long id) {
		return "redirect:/admin/therapists/" + id;
	}

	/** Fills in whatever a handler has not already put in the model (a refused form keeps what was typed). */
	private String therapistPage(long id, Model model) {
		TherapistView therapist = catalog.therapist(id);
		ZoneId zone = catalog.zone();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("therapist", therapist);
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", TherapistForm.of(therapist));
		}
		if (!model.containsAttribute("rows")) {
			model.addAttribute("rows", HoursForm.rowsOf(therapist.workingHours()));
		}
		if (!model.containsAttribute("timeOffForm")) {
			model.addAttribute("timeOffForm", TimeOffForm.empty());
		}
		model.addAttribute("timeOff", administration.upcomingTimeOff(id, clock.instant())
			.stream()
			.map((TimeOff off) -> new TimeOffRow(off.id(), off.start().atZone(zone), off.end().atZone(zone),
					off.reason()))
			.toList());
		model.addAttribute("zone", zone.getId());
		model.addAttribute("modalities", Modality.values());
		model.addAttribute("days", Stream.of(DayOfWeek.values())
			.map(day -> new DayChoice(day.name(), day.getDisplayName(TextStyle.FULL, locale)))
			.toList());
		return "clinic/therapist";
	}

	// services

	@GetMapping("/services")
	String services(Model model) {
		return servicesPage(null, null, model);
	}

	@PostMapping("/services")
	String createService(@ModelAttribute("newService") ServiceForm newService, Model model,
			RedirectAttributes redirect) {
		MassageService created;
		try {
			created = administration.createService(newService.details());
		}
		catch (InvalidInput | DomainException ex) {
			model.addAttribute("error", problem(ex));
			return servicesPage(null, null, model);
		}
		redirect.addFlashAttribute("message", text("admin.service.created", created.name()));
		return "redirect:/admin/services";
	}

	@PostMapping("/services/{id}")
	String updateService(@PathVariable long id, @ModelAttribute("editService") ServiceForm editService, Model model,
			RedirectAttributes redirect) {
		MassageService saved;
		try {
			saved = administration.updateService(id, editService.details());
		}
		catch (InvalidInput | DomainException ex) {
			model.addAttribute("error", problem(ex));
			return servicesPage(id, editService, model);
		}
		redirect.addFlashAttribute("message", text("admin.service.saved", saved.name()));
		return "redirect:/admin/services";
	}

	/** See {@link #reloadTherapist}. */
	@GetMapping("/services/{id}")
	String reloadServices(@PathVariable long id) {
		return "redirect:/admin/services";
	}

	/** The services page; {@code refusedId} is a service whose edit was refused and is shown as it was typed. */
	private String servicesPage(Long refusedId, ServiceForm refused, Model model) {
		ClinicInfo clinic = catalog.clinic();
		String symbol = clinic.currency().getSymbol(Locale.UK);
		model.addAttribute("entries", catalog.allServices()
			.stream()
			.map(service -> {
				boolean wasRefused = refusedId != null && refusedId.equals(service.id());
				return new ServiceEntry(service, symbol + FormValues.amount(service.priceCents()),
						wasRefused ? refused : ServiceForm.of(service), wasRefused);
			})
			.toList());
		if (!model.containsAttribute("newService")) {
			model.addAttribute("newService", ServiceForm.empty());
		}
		model.addAttribute("currency", clinic.currency().getCurrencyCode());
		model.addAttribute("modalities", Modality.values());
		return "clinic/services";
	}

	// errors

	/** An unknown therapist or service in the address: the ordinary "page not found". */
	@ExceptionHandler(DomainException.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	/** Input problems are keys of messages.properties; the clinic's refusals are already written for a person. */
	private String problem(RuntimeException ex) {
		if (ex instanceof InvalidInput invalid) {
			return messages.getMessage(invalid, LocaleContextHolder.getLocale());
		}
		return ex.getMessage();
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
