package io.runrub.waitlist.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.web.Refusals;
import io.runrub.waitlist.Waitlist;
import io.runrub.waitlist.WaitlistEntry;
import io.runrub.waitlist.WaitlistOffer;
import io.runrub.waitlist.WaitlistOffers;
import io.runrub.waitlist.WeeklyTime;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runner's waitlist: the slots held for them (accept or decline), what they wait for (leave), and a form to wait
 * for another. The booking page links here when a day has no free time, and the plan for a massage it could not
 * place (prefilled, and marked as from the plan).
 */
@Controller
class WaitlistPageController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private static final Map<String, String> FIELD_OF_REFUSAL = Map.of("waitlist-range-reversed", "to",
			"waitlist-in-the-past", "to", "waitlist-too-far", "to", "waitlist-times-reversed", "timeTo",
			"therapist-does-not-offer", "therapistId", "service-not-offered", "serviceId", "no-such-service",
			"serviceId");

	private final Waitlist waitlist;

	private final WaitlistOffers offers;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	private final Clock clock;

	WaitlistPageController(Waitlist waitlist, WaitlistOffers offers, ClinicCatalog catalog,
			MessageSourceAccessor messages, Refusals refusals, Clock clock) {
		this.waitlist = waitlist;
		this.offers = offers;
		this.catalog = catalog;
		this.messages = messages;
		this.refusals = refusals;
		this.clock = clock;
	}

	@GetMapping("/waitlist")
	String page(Actor actor, Model model, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) Long therapistId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Modality modality,
			@RequestParam(defaultValue = "false") boolean fromPlan) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), catalog.zone());
		LocalDate first = from == null || from.isBefore(today) ? today : from;
		LocalDate last = to == null ? first.plusDays(13) : to;
		LocalDate lastBookable = catalog.clinic().policies().lastBookableDay(clock.instant(), catalog.zone());
		if (last.isAfter(lastBookable)) {
			last = lastBookable;
		}
		if (serviceId == null && modality != null) {
			// from the plan, which knows the kind of massage: the clinic's first service of that kind
			serviceId = catalog.activeServices()
				.stream()
				.filter(service -> service.modality() == modality)
				.map(service -> service.id().value())
				.findFirst()
				.orElse(null);
		}
		model.addAttribute("waitlistForm", WaitlistForm.of(serviceId, therapistId, first, last, fromPlan));
		return page(actor, model);
	}

	/** What the runner waits for and what is held for them, for the appointments page (loaded by htmx). */
	@GetMapping("/waitlist/summary")
	String summary(Actor actor, Model model) {
		page(actor, model);
		return "waitlist/waitlist :: summary";
	}

	@PostMapping("/waitlist")
	String join(Actor actor, @Valid @ModelAttribute("waitlistForm") WaitlistForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			boolean someTime = form.day() != null || form.timeFrom() != null || form.timeTo() != null;
			if (someTime && (form.day() == null || form.timeFrom() == null || form.timeTo() == null)) {
				result.rejectValue(form.day() == null ? "day" : form.timeFrom() == null ? "timeFrom" : "timeTo",
						"waitlist.form.error.time", messages.getMessage("waitlist.form.error.time"));
			}
		}
		if (!result.hasErrors()) {
			try {
				List<WeeklyTime> times = form.day() == null ? List.of()
						: List.of(new WeeklyTime(form.day(), form.timeFrom(), form.timeTo()));
				waitlist.join(actor, new Waitlist.Request(ServiceId.of(form.serviceId()), form.from(), form.to(),
						form.therapistId() == null || form.therapistId() == 0 ? null
								: TherapistId.of(form.therapistId()),
						times, form.isFromPlan()));
				redirect.addFlashAttribute("message", messages.getMessage("waitlist.joined"));
				return "redirect:/waitlist";
			}
			catch (DomainException.RuleViolation | DomainException.NotFound | DomainException.Conflict ex) {
				String field = FIELD_OF_REFUSAL.get(ex.code());
				String code = "problem." + ex.code() + ".detail";
				if (field != null) {
					result.rejectValue(field, code, ex.args(), refusals.detail(ex));
				}
				else {
					result.reject(code, ex.args(), refusals.detail(ex));
				}
			}
		}
		return page(actor, model);
	}

	@PostMapping("/waitlist/{id}/leave")
	String leave(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			waitlist.leave(actor, id);
			redirect.addFlashAttribute("message", messages.getMessage("waitlist.left"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/waitlist";
	}

	@PostMapping("/waitlist/offers/{id}/accept")
	String accept(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			AppointmentView booked = offers.accept(id, actor);
			redirect.addFlashAttribute("message", messages.getMessage("waitlist.offer.booked",
					new Object[] { booked.serviceName(), WHEN.format(booked.start()) }));
			return "redirect:/appointments";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
			return "redirect:/waitlist";
		}
	}

	@PostMapping("/waitlist/offers/{id}/decline")
	String decline(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			offers.decline(id, actor);
			redirect.addFlashAttribute("message", messages.getMessage("waitlist.offer.declined"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/waitlist";
	}

	/** A held slot as the page shows it. */
	record OfferRow(long id, String service, String therapist, String when, String heldUntil) {
	}

	/** An entry as the page shows it. */
	record EntryRow(long id, String service, String therapist, String days, List<String> times, boolean fromPlan) {
	}

	private String page(Actor actor, Model model) {
		var zone = catalog.zone();
		DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
		List<OfferRow> held = offers.open(actor).stream().map((WaitlistOffer offer) -> new OfferRow(offer.id(),
				catalog.service(offer.serviceId()).name(), catalog.therapist(offer.therapistId()).name(),
				WHEN.format(offer.start().atZone(zone)), clock.format(offer.heldUntil().atZone(zone)))).toList();
		List<EntryRow> waiting = waitlist.waiting(actor).stream().map((WaitlistEntry entry) -> new EntryRow(entry.id(),
				catalog.service(entry.serviceId()).name(),
				entry.therapistId() == null ? messages.getMessage("waitlist.anyTherapist")
						: catalog.therapist(entry.therapistId()).name(),
				messages.getMessage("waitlist.days", new Object[] { DAY.format(entry.from()), DAY.format(entry.to()) }),
				entry.times().stream().map(time -> messages.getMessage("waitlist.time",
						new Object[] { time.dayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK),
								clock.format(time.from()), clock.format(time.to()) })).toList(),
				entry.fromPlan())).toList();
		Map<String, String> services = new LinkedHashMap<>();
		for (MassageService service : catalog.activeServices()) {
			services.put(String.valueOf(service.id().value()), messages.getMessage("waitlist.form.serviceOption",
					new Object[] { service.name(), service.durationMinutes() }));
		}
		Map<String, String> therapists = new LinkedHashMap<>();
		therapists.put("", messages.getMessage("waitlist.anyTherapist"));
		for (TherapistView therapist : catalog.activeTherapists()) {
			therapists.put(String.valueOf(therapist.id().value()), therapist.name());
		}
		Map<String, String> days = new LinkedHashMap<>();
		days.put("", messages.getMessage("waitlist.form.anyDay"));
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day.name(), day.getDisplayName(TextStyle.FULL, Locale.UK));
		}
		model.addAttribute("offers", held);
		model.addAttribute("entries", waiting);
		model.addAttribute("services", services);
		model.addAttribute("therapists", therapists);
		model.addAttribute("days", days);
		return "waitlist/waitlist";
	}

}
