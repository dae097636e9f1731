package io.runrub.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;
import io.runrub.shared.DomainException;
import io.runrub.shared.Money;
import io.runrub.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Booking a massage, one step at a time on one page: service → therapist or "any" → day → time → confirm. At the
 * confirm step the runner sees their health answers and confirms that nothing has changed since they gave them.
 */
@Controller
class BookingPageController {


	static final int DAYS_SHOWN = DayStrip.DAYS_SHOWN;

	private final ClinicCatalog catalog;

	private final Availability availability;

	private final AppointmentBooking booking;

	private final IntakeScreening screening;

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	private final Clock clock;

	private final DayStrip strip;

	BookingPageController(ClinicCatalog catalog, Availability availability, AppointmentBooking booking,
			IntakeScreening screening, MessageSourceAccessor messages, Refusals refusals, Clock clock, DayStrip strip) {
		this.strip = strip;
		this.catalog = catalog;
		this.availability = availability;
		this.booking = booking;
		this.screening = screening;
		this.messages = messages;
		this.refusals = refusals;
		this.clock = clock;
	}

	/** A time a runner can pick; with "any therapist", the therapist is chosen when booking. */
	record SlotChoice(Instant start, java.time.ZonedDateTime localStart, TherapistId therapistId, String therapistName) {
	}

	/**
	 * The booking steps on one page. Each step's links carry htmx attributes that swap the steps in place and bring
	 * the next choice into view; without JavaScript they are plain links to the same page, anchored at the next step.
	 * Services the runner's health answers rule out are shown with the reason and cannot be chosen; each day of the
	 * strip says whether it is open, full, closed or not open for booking yet, and what the runner's training says
	 * about it.
	 */
	@GetMapping("/book")
	String book(Actor actor, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) String therapist,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		ClinicInfo clinic = catalog.clinic();
		model.addAttribute("clinic", clinic);
		List<MassageService> services = catalog.activeServices();
		model.addAttribute("services", services);
		model.addAttribute("prices", prices(services, clinic));
		IntakeVerdict verdict = IntakeVerdict.of(screening.find(actor.runnerId()).orElse(null));
		model.addAttribute("verdict", verdict);
		Map<ServiceId, String> ruledOut = ruledOut(services, verdict);
		model.addAttribute("ruledOut", ruledOut);
		model.addAttribute("focus", "services");
		if (serviceId == null) {
			return "booking/book";
		}
		MassageService service = catalog.service(ServiceId.of(serviceId));
		model.addAttribute("service", service);
		if (ruledOut.containsKey(service.id()) || !service.active()) {
			return "booking/book";
		}
		List<TherapistView> qualified = catalog.qualifiedTherapists(service.modality());
		model.addAttribute("therapists", qualified);
		model.addAttribute("focus", "therapists");
		TherapistId therapistId = parseTherapist(therapist);
		if (therapist == null
				|| (therapistId != null && qualified.stream().noneMatch(t -> t.id().equals(therapistId)))) {
			return "booking/book";
		}
		model.addAttribute("therapist", therapist);
		model.addAttribute("therapistName",
				therapistId == null ? null : catalog.therapist(therapistId).name());
		DayStrip.View strip = this.strip.build(service, therapistId, from, actor.runnerId());
		model.addAttribute("strip", strip);
		model.addAttribute("focus", "days");
		if (day != null) {
			model.addAttribute("day", day);
			model.addAttribute("focus", "times");
			if (day.isAfter(strip.lastBookable())) {
				model.addAttribute("pastWindow", messages.getMessage("book.pastWindow",
						new Object[] { DAYS.format(day), clinic.policies().maxDaysAhead(),
								DAYS.format(day.minusDays(clinic.policies().maxDaysAhead())) }));
			}
			else {
				model.addAttribute("dayState", strip.day(day));
				model.addAttribute("slots", strip.times(day, therapistId));
			}
		}
		return "booking/book";
	}

	/** How a day is written in a sentence: "Monday 4 May". */
	static final java.time.format.DateTimeFormatter DAYS = java.time.format.DateTimeFormatter
		.ofPattern("EEEE d MMMM", AppointmentsPageController.LOCALE);

	/** The services the runner's health answers rule out, each with the reason in the runner's words. */
	private Map<ServiceId, String> ruledOut(List<MassageService> services, IntakeVerdict verdict) {
		Map<ServiceId, String> ruledOut = new LinkedHashMap<>();
		for (MassageService service : services) {
			if (verdict.blocksMassage()) {
				ruledOut.put(service.id(), verdict.advice());
			}
			else if (!verdict.allows(service.modality())) {
				ruledOut.put(service.id(), messages.getMessage("book.service.ruledOut",
						new Object[] { service.modality().displayName(), verdict.advice() }));
			}
		}
		return ruledOut;
	}

	@GetMapping("/book/confirm")
	String confirm(Actor actor, @RequestParam long serviceId, @RequestParam String therapist,
			@RequestParam Instant start, Model model) {
		BookingForm form = new BookingForm(serviceId, therapist, start, UUID.randomUUID().toString(), false);
		return confirmPage(actor, form, model);
	}

	/** The confirm step for the form's choice, with the form as it was posted (and its errors) if it was. */
	private String confirmPage(Actor actor, BookingForm form, Model model) {
		ClinicInfo clinic = catalog.clinic();
		long serviceId = form.serviceId();
		String therapist = form.therapist();
		Instant start = form.start();
		TherapistId therapistId = parseTherapist(therapist);
		MassageService service = catalog.service(ServiceId.of(serviceId));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("clinic", clinic);
		model.addAttribute("service", service);
		model.addAttribute("therapist", therapist);
		model.addAttribute("therapistName",
				therapistId == null ? null : catalog.therapist(therapistId).name());
		model.addAttribute("start", start);
		model.addAttribute("localStart", start.atZone(clinic.zone()));
		model.addAttribute("price", service.price().format(AppointmentsPageController.LOCALE));
		model.addAttribute("policy", policy(clinic, start, messages));
		Intake intake = screening.find(actor.runnerId()).orElse(null);
		IntakeVerdict verdict = IntakeVerdict.of(intake);
		model.addAttribute("verdict", verdict);
		model.addAttribute("answeredAt", intake == null ? null : intake.answeredAt().atZone(clinic.zone()));
		model.addAttribute("healthAllows", verdict.answered() && verdict.allows(service.modality()));
		model.addAttribute("confirmPath", confirmPath(serviceId, therapist, start));
		return "booking/confirm";
	}

	/**
	 * Books the confirmed choice. An unticked confirmation shows the confirm step again with the error next to the
	 * box; a choice that cannot be read (the hidden fields were tampered with) starts the booking again; a time the
	 * clinic refuses goes back to the day's free times with the reason.
	 */
	@PostMapping("/book")
	String place(Actor actor, @Valid @ModelAttribute("form") BookingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FieldError broken = result.getFieldErrors()
			.stream()
			.filter(error -> !"healthConfirmed".equals(error.getField()))
			.findFirst()
			.orElse(null);
		if (broken != null) {
			redirect.addFlashAttribute("error", messages.getMessage(broken));
			return "redirect:/book";
		}
		if (result.hasErrors()) {
			return confirmPage(actor, form, model);
		}
		String idempotencyKey = form.idempotencyKey() == null || form.idempotencyKey().length() > 100 ? null
				: form.idempotencyKey();
		try {
			screening.confirmUnchanged(actor.runnerId());
			AppointmentView booked = booking.book(new AppointmentBooking.BookingRequest(actor.runnerId(),
					ServiceId.of(form.serviceId()), form.start(), parseTherapist(form.therapist()), idempotencyKey));
			redirect.addFlashAttribute("message", messages.getMessage("flash.booking.booked", new Object[] {
					booked.serviceName(), booked.therapistName(), AppointmentsPageController.WHEN.format(booked.start()) }));
			ClinicInfo clinic = catalog.clinic();
			redirect.addFlashAttribute("bookedDetails", messages.getMessage("flash.booking.details",
					new Object[] { booked.durationMinutes(),
							catalog.service(booked.serviceId()).price().format(AppointmentsPageController.LOCALE),
							clinic.name() + ", " + clinic.address(),
							policy(clinic, booked.start().toInstant(), messages) }));
			return "redirect:/appointments";
		}
		catch (DomainException.Conflict | DomainException.RuleViolation ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
			redirect.addAttribute("serviceId", form.serviceId());
			redirect.addAttribute("therapist", form.therapist());
			redirect.addAttribute("day", LocalDate.ofInstant(form.start(), catalog.zone()).toString());
			return "redirect:/book";
		}
	}

	/** Until when the runner may cancel or move a visit at this start, as the clinic's policy says. */
	static String policy(ClinicInfo clinic, Instant start, MessageSourceAccessor messages) {
		return messages.getMessage("confirm.policy",
				new Object[] { AppointmentsPageController.WHEN
					.format(start.minus(clinic.policies().cancellationCutoff()).atZone(clinic.zone())),
						clinic.policies().cancellationCutoff().toHours() });
	}

	/** Each service's price as a person reads it, in the clinic's currency. */
	private static Map<ServiceId, String> prices(List<MassageService> services, ClinicInfo clinic) {
		Map<ServiceId, String> prices = new LinkedHashMap<>();
		services.forEach(service -> prices.put(service.id(), service.price().format(AppointmentsPageController.LOCALE)));
		return prices;
	}

	/** The confirm step of this choice, to come back to (after updating the health answers, say). */
	static String confirmPath(long serviceId, String therapist, Instant start) {
		return UriComponentsBuilder.fromPath("/book/confirm")
			.queryParam("serviceId", serviceId)
			.queryParam("therapist", therapist)
			.queryParam("start", start)
			.build()
			.encode()
			.toUriString();
	}

	static TherapistId parseTherapist(String therapist) {
		if (therapist == null || therapist.isBlank() || "any".equals(therapist)) {
			return null;
		}
		try {
			return TherapistId.of(Long.parseLong(therapist));
		}
		catch (NumberFormatException ex) {
			throw DomainException.notFound("no-such-therapist");
		}
	}

	/** One choice per start time: for "any therapist" the same time from several therapists is offered once. */
	static List<SlotChoice> choices(List<Slot> slots, TherapistId therapistId, ZoneId zone) {
		Map<Instant, SlotChoice> byStart = new LinkedHashMap<>();
		for (Slot slot : slots) {
			byStart.putIfAbsent(slot.start(),
					new SlotChoice(slot.start(), slot.start().atZone(zone), therapistId, null));
		}
		return new ArrayList<>(byStart.values());
	}

}
