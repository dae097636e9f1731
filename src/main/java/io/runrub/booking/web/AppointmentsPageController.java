package io.runrub.booking.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A runner's appointments: see them, cancel, move, add to a calendar. */
@Controller
class AppointmentsPageController {

	private final MessageSource messages;

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

	private final AppointmentCalendar calendar;

	private final AppointmentBooking booking;

	private final Availability availability;

	private final ClinicCatalog catalog;

	private final Clock clock;

	AppointmentsPageController(AppointmentCalendar calendar, AppointmentBooking booking, Availability availability,
			ClinicCatalog catalog, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.calendar = calendar;
		this.booking = booking;
		this.availability = availability;
		this.catalog = catalog;
		this.clock = clock;
	}

	@GetMapping("/appointments")
	String mine(@AuthenticationPrincipal RunRubUser user, Model model) {
		Instant now = clock.instant();
		List<AppointmentView> all = calendar.forRunner(user.accountId());
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
	String cancel(@AuthenticationPrincipal RunRubUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			AppointmentView cancelled = booking.cancel(id, user);
			redirect.addFlashAttribute("message", text("flash.booking.cancelled", cancelled.serviceName(),
					cancelled.therapistName(), WHEN.format(cancelled.start())));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/appointments";
	}

	@GetMapping("/appointments/{id}/reschedule")
	String rescheduleForm(@AuthenticationPrincipal RunRubUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Model model) {
		AppointmentView appointment = calendar.find(id, user);
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
	String reschedule(@AuthenticationPrincipal RunRubUser user, @PathVariable long id, @RequestParam Instant start,
			RedirectAttributes redirect) {
		try {
			AppointmentView moved = booking.reschedule(id, start, user);
			redirect.addFlashAttribute("message", text("flash.booking.moved", moved.serviceName(),
					moved.therapistName(), WHEN.format(moved.start())));
			return "redirect:/appointments";
		}
		catch (DomainException.Conflict | DomainException.RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/appointments/" + id + "/reschedule";
		}
	}

	/** A confirmation for the page, from messages.properties. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
