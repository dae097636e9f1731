package io.runrub.clinic.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's setup as pages (the security configuration limits /admin/** to admins): the clinic and its policies,
 * therapists with their logins, weekly hours and time off, and services. The same operations as the JSON admin API.
 * <p>
 * Forms bind with {@code @Valid} and a {@code BindingResult}: everything that cannot be read shows at once, each error
 * next to its field, with the words from messages.properties. A refusal of the clinic's rules becomes an error on the
 * field it is about (an unknown time zone on the time zone), or on the form. A success redirects with a message.
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

	/** Which field a refusal of the clinic's rules is about, by its code; the others belong to the whole form. */
	private static final Map<String, String> FIELD_OF_REFUSAL = Map.ofEntries(Map.entry("unknown-time-zone", "timeZone"),
			Map.entry("unknown-currency", "currency"), Map.entry("clinic-name-missing", "name"),
			Map.entry("email-taken", "email"), Map.entry("therapist-name-missing", "name"),
			Map.entry("therapist-no-modality", "modalities"), Map.entry("service-name-missing", "name"),
			Map.entry("service-modality-missing", "modality"),
			Map.entry("service-duration-out-of-range", "durationMinutes"), Map.entry("service-price-negative", "price"),
			Map.entry("time-off-order", "end"), Map.entry("password-too-short", "password"),
			Map.entry("password-too-long", "password"), Map.entry("password-personal", "password"),
			Map.entry("password-guessable", "password"));

	private final ClinicAdministration administration;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	private final Clock clock;

	AdminPageController(ClinicAdministration administration, ClinicCatalog catalog, MessageSourceAccessor messages,
			Refusals refusals, Clock clock) {
		this.administration = administration;
		this.catalog = catalog;
		this.messages = messages;
		this.refusals = refusals;
		this.clock = clock;
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
		model.addAttribute("clinicForm", ClinicForm.of(catalog.clinic()));
		return clinicPage(model);
	}

	@PostMapping
	String saveClinic(@Valid @ModelAttribute("clinicForm") ClinicForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				administration.updateClinic(form.details());
				redirect.addFlashAttribute("message", messages.getMessage("admin.clinic.saved"));
				return "redirect:/admin";
			}
			catch (DomainException ex) {
				reject(result, ex);
			}
		}
		return clinicPage(model);
	}

	private String clinicPage(Model model) {
		ClinicForm form = (ClinicForm) model.getAttribute("clinicForm");
		Set<String> zones = new TreeSet<>(TIME_ZONES);
		if (form != null && form.timeZone() != null && ZoneId.getAvailableZoneIds().contains(form.timeZone())) {
			zones.add(form.timeZone());
		}
		Map<String, String> choices = new LinkedHashMap<>();
		if (form == null || !zones.contains(form.timeZone())) {
			choices.put("", messages.getMessage("admin.clinic.timeZone.choose"));
		}
		zones.forEach(zone -> choices.put(zone, zone));
		model.addAttribute("timeZones", choices);
		return "clinic/clinic";
	}

	// therapists

	@GetMapping("/therapists")
	String therapists(Model model) {
		model.addAttribute("therapistForm", NewTherapistForm.empty());
		return therapistsPage(model);
	}

	@PostMapping("/therapists")
	String createTherapist(@Valid @ModelAttribute("therapistForm") NewTherapistForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				TherapistView created = administration.createTherapist(form.name(), form.email(), form.password(),
						form.bio(), form.modalities());
				redirect.addFlashAttribute("message", messages.getMessage("admin.therapist.created",
						new Object[] { created.name() }));
				return "redirect:/admin/therapists/" + created.id();
			}
			catch (DomainException ex) {
				reject(result, ex);
			}
		}
		return therapistsPage(model);
	}

	private String therapistsPage(Model model) {
		model.addAttribute("therapists", catalog.allTherapists());
		model.addAttribute("modalities", Modality.values());
		return "clinic/therapists";
	}

	@GetMapping("/therapists/{id}")
	String therapist(@PathVariable long id, Model model) {
		return therapistPage(TherapistId.of(id), model);
	}

	@PostMapping("/therapists/{id}")
	String updateTherapist(@PathVariable long id, @Valid @ModelAttribute("details") TherapistForm details,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TherapistId therapistId = TherapistId.of(id);
		if (!result.hasErrors()) {
			try {
				administration.updateTherapist(therapistId, details.name(), details.bio(), details.modalities(),
						details.isActive());
				administration.setOffers(therapistId, details.offers());
				redirect.addFlashAttribute("message", messages.getMessage("admin.therapist.saved"));
				return "redirect:/admin/therapists/" + id;
			}
			catch (DomainException.RuleViolation ex) {
				reject(result, ex);
			}
		}
		return therapistPage(therapistId, model);
	}

	@PostMapping("/therapists/{id}/hours")
	String setWorkingHours(@PathVariable long id, @ModelAttribute("hours") HoursForm hours, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TherapistId therapistId = TherapistId.of(id);
		var periods = hours.periods(result);
		if (!result.hasErrors()) {
			try {
				administration.setWorkingHours(therapistId, periods);
				redirect.addFlashAttribute("message", messages.getMessage("admin.hours.saved"));
				return "redirect:/admin/therapists/" + id;
			}
			catch (DomainException.RuleViolation ex) {
				reject(result, ex);
			}
		}
		model.addAttribute("rows", hours.rows());
		return therapistPage(therapistId, model);
	}

	@PostMapping("/therapists/{id}/time-off")
	String addTimeOff(io.runrub.accounts.Actor actor, @PathVariable long id,
			@Valid @ModelAttribute("timeOffForm") TimeOffForm timeOffForm, BindingResult result,
			@org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		TherapistId therapistId = TherapistId.of(id);
		if (!result.hasErrors()) {
			ZoneId zone = catalog.zone();
			// the admin's decision for each appointment in the way: decision-<appointmentId> = MOVE or CANCEL
			java.util.List<io.runrub.clinic.AppointmentsInTheWay.Decision> decisions = params.entrySet()
				.stream()
				.filter(e -> e.getKey().matches("decision-\\d{1,18}") && e.getValue().matches("MOVE|CANCEL"))
				.map(e -> new io.runrub.clinic.AppointmentsInTheWay.Decision(
						Long.parseLong(e.getKey().substring("decision-".length())),
						io.runrub.clinic.AppointmentsInTheWay.Action.valueOf(e.getValue()), null))
				.toList();
			try {
				administration.addTimeOff(therapistId, timeOffForm.startIn(zone), timeOffForm.endIn(zone),
						timeOffForm.reason(), decisions, params.get("clientMessage"), actor);
				redirect.addFlashAttribute("message", messages.getMessage("admin.timeOff.added"));
				return "redirect:/admin/therapists/" + id;
			}
			catch (DomainException.RuleViolation ex) {
				reject(result, ex);
			}
			catch (DomainException.Conflict ex) {
				reject(result, ex);
				if (ex.code().equals("time-off-over-appointments")) {
					model.addAttribute("deskZone", zone);
					model.addAttribute("timeOffConflicts", administration.timeOffInTheWay(therapistId,
							timeOffForm.startIn(zone), timeOffForm.endIn(zone)));
				}
			}
		}
		return therapistPage(therapistId, model);
	}

	@PostMapping("/therapists/{id}/time-off/{timeOffId}/remove")
	String removeTimeOff(@PathVariable long id, @PathVariable long timeOffId, RedirectAttributes redirect) {
		try {
			administration.removeTimeOff(TherapistId.of(id), timeOffId);
			redirect.addFlashAttribute("message", messages.getMessage("admin.timeOff.removed"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
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
	private String therapistPage(TherapistId id, Model model) {
		TherapistView therapist = catalog.therapist(id);
		ZoneId zone = catalog.zone();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("therapist", therapist);
		model.addAttribute("visitWishes", io.runrub.shared.VisitWish.values());
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", TherapistForm.of(therapist));
		}
		if (!model.containsAttribute("hours")) {
			model.addAttribute("hours", new HoursForm(null, null, null, null));
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
		Map<String, String> days = new LinkedHashMap<>();
		Stream.of(DayOfWeek.values()).forEach(day -> days.put(day.name(), day.getDisplayName(TextStyle.FULL, locale)));
		model.addAttribute("days", days);
		return "clinic/therapist";
	}

	// services

	@GetMapping("/services")
	String services(Model model) {
		return servicesPage(null, null, model);
	}

	@PostMapping("/services")
	String createService(@Valid @ModelAttribute("newService") ServiceForm newService, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				MassageService created = administration.createService(newService.details());
				redirect.addFlashAttribute("message",
						messages.getMessage("admin.service.created", new Object[] { created.name() }));
				return "redirect:/admin/services";
			}
			catch (DomainException.RuleViolation ex) {
				reject(result, ex);
			}
		}
		return servicesPage(null, null, model);
	}

	@PostMapping("/services/{id}")
	String updateService(@PathVariable long id, @Valid @ModelAttribute("editService") ServiceForm editService,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				MassageService saved = administration.updateService(ServiceId.of(id), editService.details());
				redirect.addFlashAttribute("message",
						messages.getMessage("admin.service.saved", new Object[] { saved.name() }));
				return "redirect:/admin/services";
			}
			catch (DomainException.RuleViolation ex) {
				reject(result, ex);
			}
		}
		return servicesPage(ServiceId.of(id), editService, model);
	}

	/** See {@link #reloadTherapist}. */
	@GetMapping("/services/{id}")
	String reloadServices(@PathVariable long id) {
		return "redirect:/admin/services";
	}

	/** The services page; {@code refusedId} is a service whose edit was refused and is shown as it was typed. */
	private String servicesPage(ServiceId refusedId, ServiceForm refused, Model model) {
		ClinicInfo clinic = catalog.clinic();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("entries", catalog.allServices().stream().map(service -> {
			boolean wasRefused = service.id().equals(refusedId);
			return new ServiceEntry(service, service.price().format(locale),
					wasRefused ? refused : ServiceForm.of(service), wasRefused);
		}).toList());
		if (!model.containsAttribute("newService")) {
			model.addAttribute("newService", ServiceForm.empty());
		}
		model.addAttribute("currency", clinic.currency().getCurrencyCode());
		Map<String, String> modalities = new LinkedHashMap<>();
		modalities.put("", messages.getMessage("admin.service.modality.choose"));
		Stream.of(Modality.values()).forEach(modality -> modalities.put(modality.name(), modality.displayName()));
		model.addAttribute("modalities", modalities);
		model.addAttribute("rooms", catalog.allRooms());
		if (!model.containsAttribute("roomForm")) {
			model.addAttribute("roomForm", new RoomForm(""));
		}
		return "clinic/services";
	}

	// rooms, on the services page

	/** A room as typed. */
	record RoomForm(@NotBlank(message = "{problem.room-name-missing.detail}") @Size(max = io.runrub.clinic.Room.MAX_NAME,
			message = "Name the room in at most 100 characters.") @io.runrub.shared.web.SingleLine String name) {
	}

	@PostMapping("/rooms")
	String createRoom(@Valid @ModelAttribute("roomForm") RoomForm roomForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				io.runrub.clinic.Room created = administration.createRoom(roomForm.name());
				redirect.addFlashAttribute("message",
						messages.getMessage("admin.rooms.created", new Object[] { created.name() }));
				return "redirect:/admin/services#rooms";
			}
			catch (DomainException.RuleViolation | DomainException.Conflict ex) {
				result.rejectValue("name", "problem." + ex.code() + ".detail", ex.args(), refusals.detail(ex));
			}
		}
		return servicesPage(null, null, model);
	}

	@PostMapping("/rooms/{id}")
	String setRoomActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		io.runrub.clinic.Room room = catalog.room(io.runrub.clinic.RoomId.of(id));
		administration.updateRoom(room.id(), room.name(), active);
		return "redirect:/admin/services#rooms";
	}

	/** See {@link #reloadTherapist}. */
	@GetMapping({ "/rooms", "/rooms/{id}" })
	String reloadRooms() {
		return "redirect:/admin/services#rooms";
	}

	/** A refusal of the clinic's rules, as an error on the field it is about or else on the whole form. */
	private void reject(BindingResult result, DomainException ex) {
		String field = FIELD_OF_REFUSAL.get(ex.code());
		String code = "problem." + ex.code() + ".detail";
		if (field != null && result.getFieldType(field) != null) {
			result.rejectValue(field, code, ex.args(), refusals.detail(ex));
		}
		else {
			result.reject(code, ex.args(), refusals.detail(ex));
		}
	}

}
