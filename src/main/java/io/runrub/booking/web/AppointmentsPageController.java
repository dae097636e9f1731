package io.runrub.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
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

/** A runner's appointments: see them, cancel, move, add to a calendar. */
@Controller
class AppointmentsPageController {

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	/** The clinic's language: RunRub's copy is British English. */
	static final Locale LOCALE = Locale.UK;

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", LOCALE);

	private final AppointmentCalendar calendar;

	private final AppointmentBooking booking;

	private final Availability availability;

	private final ClinicCatalog catalog;

	private final Clock clock;

	AppointmentsPageController(AppointmentCalendar calendar, AppointmentBooking booking, Availability availability,
			ClinicCatalog catalog, Clock clock, MessageSourceAccessor messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
		this.calendar = calendar;
		this.booking = booking;
		this.availability = availability;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/appointments")
	String mine(Actor actor, Model model) {
		Instant now = clock.instant();
		List<AppointmentView> all = calendar.forRunner(actor.runnerId());
		model.addAttribute("upcoming",
				all.stream().filter(a -> a.isBooked() && a.end().toInstant().isAfter(now)).toList());
		model.addAttribute("past", all.stream()
			.filter(a -> !a.isBooked() || !a.end().toInstant().isAfter(now))
			.sorted((a, b) -> b.start().compareTo(a.start()))
			.toList());
		model.addAttribute("clinic", catalog.clinic());
		return "booking/appointments";
	}

	@PostMapping("/appointments/{id}/cancel")
	String cancel(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			AppointmentView cancelled = booking.cancel(AppointmentId.of(id), actor);
			redirect.addFlashAttribute("message", messages.getMessage("flash.booking.cancelled", new Object[] {
					cancelled.serviceName(), cancelled.therapistName(), WHEN.format(cancelled.start()) }));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/appointments";
	}

	@GetMapping("/appointments/{id}/reschedule")
	String rescheduleForm(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model) {
		AppointmentView appointment = calendar.find(AppointmentId.of(id), actor);
		ClinicInfo clinic = catalog.clinic();
		LocalDate today = LocalDate.ofInstant(clock.instant(), clinic.zone());
		model.addAttribute("appointment", appointment);
		model.addAttribute("days", today.datesUntil(today.plusDays(BookingPageController.DAYS_SHOWN)).toList());
		if (day != null) {
			model.addAttribute("day", day);
			model.addAttribute("slots",
					BookingPageController.choices(
							availability.slots(appointment.serviceId(), day, day, appointment.therapistId()),
							appointment.therapistId(), clinic.zone()));
		}
		return "booking/reschedule";
	}

	@PostMapping("/appointments/{id}/reschedule")
	String reschedule(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") RescheduleForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// the times are buttons, not typed: a start that cannot be read sends the runner back to pick one
			redirect.addFlashAttribute("error", messages.getMessage(result.getFieldErrors().get(0)));
			return "redirect:/appointments/" + id + "/reschedule";
		}
		try {
			AppointmentView moved = booking.reschedule(AppointmentId.of(id), form.start(), actor);
			redirect.addFlashAttribute("message", messages.getMessage("flash.booking.moved",
					new Object[] { moved.serviceName(), moved.therapistName(), WHEN.format(moved.start()) }));
			return "redirect:/appointments";
		}
		catch (DomainException.Conflict | DomainException.RuleViolation ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
			return "redirect:/appointments/" + id + "/reschedule";
		}
	}

}
