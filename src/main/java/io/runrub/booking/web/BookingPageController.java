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

import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;
import io.runrub.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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


	static final int DAYS_SHOWN = 14;

	private final ClinicCatalog catalog;

	private final Availability availability;

	private final AppointmentBooking booking;

	private final IntakeScreening screening;

	private final MessageSource messages;

	private final Clock clock;

	BookingPageController(ClinicCatalog catalog, Availability availability, AppointmentBooking booking,
			IntakeScreening screening, MessageSource messages, Clock clock) {
		this.catalog = catalog;
		this.availability = availability;
		this.booking = booking;
		this.screening = screening;
		this.messages = messages;
		this.clock = clock;
	}

	/** A time a runner can pick; with "any therapist", the therapist is chosen when booking. */
	record SlotChoice(Instant start, java.time.ZonedDateTime localStart, Long therapistId, String therapistName) {
	}

	@GetMapping("/book")
	String book(@RequestParam(required = false) Long serviceId, @RequestParam(required = false) String therapist,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		ClinicInfo clinic = catalog.clinic();
		model.addAttribute("clinic", clinic);
		model.addAttribute("services", catalog.activeServices());
		if (serviceId == null) {
			return "booking/book";
		}
		MassageService service = catalog.service(ServiceId.of(serviceId));
		model.addAttribute("service", service);
		List<TherapistView> qualified = catalog.qualifiedTherapists(service.modality());
		model.addAttribute("therapists", qualified);
		Long therapistId = parseTherapist(therapist);
		if (therapist == null || (therapistId != null && qualified.stream().noneMatch(t -> t.id().value() == therapistId))) {
			return "booking/book";
		}
		model.addAttribute("therapist", therapist);
		model.addAttribute("therapistName",
				therapistId == null ? null : catalog.therapist(TherapistId.of(therapistId)).name());
		LocalDate today = LocalDate.ofInstant(clock.instant(), clinic.zone());
		LocalDate first = from == null || from.isBefore(today) ? today : from;
		model.addAttribute("days", first.datesUntil(first.plusDays(DAYS_SHOWN)).toList());
		model.addAttribute("previousFrom", first.isAfter(today) ? first.minusDays(DAYS_SHOWN) : null);
		model.addAttribute("nextFrom", first.plusDays(DAYS_SHOWN));
		if (day != null) {
			model.addAttribute("day", day);
			model.addAttribute("slots", choices(availability.slots(serviceId, day, day, therapistId), therapistId,
					clinic.zone()));
		}
		return "booking/book";
	}

	@GetMapping("/book/confirm")
	String confirm(@AuthenticationPrincipal RunRubUser user, @RequestParam long serviceId,
			@RequestParam String therapist, @RequestParam Instant start, Model model) {
		ClinicInfo clinic = catalog.clinic();
		Long therapistId = parseTherapist(therapist);
		MassageService service = catalog.service(ServiceId.of(serviceId));
		model.addAttribute("clinic", clinic);
		model.addAttribute("service", service);
		model.addAttribute("therapist", therapist);
		model.addAttribute("therapistName", therapistId == null ? null : catalog.therapist(TherapistId.of(therapistId)).name());
		model.addAttribute("start", start);
		model.addAttribute("localStart", start.atZone(clinic.zone()));
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		Intake intake = screening.find(user.accountId()).orElse(null);
		IntakeVerdict verdict = IntakeVerdict.of(intake);
		model.addAttribute("verdict", verdict);
		model.addAttribute("answeredAt", intake == null ? null : intake.answeredAt().atZone(clinic.zone()));
		model.addAttribute("healthAllows", verdict.answered() && verdict.allows(service.modality()));
		model.addAttribute("confirmPath", confirmPath(serviceId, therapist, start));
		return "booking/confirm";
	}

	@PostMapping("/book")
	String place(@AuthenticationPrincipal RunRubUser user, @RequestParam long serviceId,
			@RequestParam String therapist, @RequestParam Instant start, @RequestParam String idempotencyKey,
			@RequestParam(required = false) String healthConfirmed, RedirectAttributes redirect) {
		Long therapistId = parseTherapist(therapist);
		ZoneId zone = catalog.zone();
		if (healthConfirmed == null || healthConfirmed.isBlank()) {
			redirect.addFlashAttribute("error",
					messages.getMessage("confirm.health.untickedError", null, LocaleContextHolder.getLocale()));
			return "redirect:" + confirmPath(serviceId, therapist, start);
		}
		try {
			screening.confirmUnchanged(user.accountId());
			AppointmentView booked = booking.book(new AppointmentBooking.BookingRequest(user.accountId(), serviceId,
					start, therapistId, idempotencyKey.length() > 100 ? null : idempotencyKey));
			redirect.addFlashAttribute("message", text("flash.booking.booked", booked.serviceName(),
					booked.therapistName(), AppointmentsPageController.WHEN.format(booked.start())));
			return "redirect:/appointments";
		}
		catch (DomainException.Conflict | DomainException.RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addAttribute("serviceId", serviceId);
			redirect.addAttribute("therapist", therapist);
			redirect.addAttribute("day", LocalDate.ofInstant(start, zone).toString());
			return "redirect:/book";
		}
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

	static Long parseTherapist(String therapist) {
		if (therapist == null || therapist.isBlank() || "any".equals(therapist)) {
			return null;
		}
		try {
			return Long.valueOf(therapist);
		}
		catch (NumberFormatException ex) {
			throw new DomainException.NotFound("There is no such therapist.");
		}
	}

	/** One choice per start time: for "any therapist" the same time from several therapists is offered once. */
	static List<SlotChoice> choices(List<Slot> slots, Long therapistId, ZoneId zone) {
		Map<Instant, SlotChoice> byStart = new LinkedHashMap<>();
		for (Slot slot : slots) {
			byStart.putIfAbsent(slot.start(),
					new SlotChoice(slot.start(), slot.start().atZone(zone), therapistId, null));
		}
		return new ArrayList<>(byStart.values());
	}

	/** A confirmation for the page, from messages.properties. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
