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
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;
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

	private final DayStrip strip;

	AppointmentsPageController(AppointmentCalendar calendar, AppointmentBooking booking, Availability availability,
			ClinicCatalog catalog, Clock clock, MessageSourceAccessor messages, Refusals refusals, DayStrip strip) {
		this.strip = strip;
		this.messages = messages;
		this.refusals = refusals;
		this.calendar = calendar;
		this.booking = booking;
		this.availability = availability;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * The most pages of past appointments anyone can ask for: {@value} × 20 is more than a runner has in a lifetime,
	 * and it keeps the offset of the query bounded.
	 */
	static final int MAX_PAGE = 1000;

	@GetMapping("/appointments")
	String mine(Actor actor, @RequestParam(required = false) String page, Model model,
			HttpServletResponse response) {
		Integer number = page == null ? Integer.valueOf(1) : pageNumber(page);
		if (number == null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", messages.getMessage("appointments.badPage", new Object[] { MAX_PAGE }));
			return "error";
		}
		AppointmentCalendar.RunnersAppointments mine = calendar.forRunnersPage(actor.runnerId(), number);
		model.addAttribute("upcoming", mine.upcoming());
		model.addAttribute("past", mine.past());
		model.addAttribute("pastPage", mine.page());
		model.addAttribute("earlierPage", mine.hasEarlier() ? mine.page() + 1 : null);
		model.addAttribute("clinic", catalog.clinic());
		return "booking/appointments";
	}

	/** A page number from 1 to {@link #MAX_PAGE}, written as plain digits; otherwise null. */
	static Integer pageNumber(String page) {
		if (!page.matches("[0-9]{1,4}")) {
			return null;
		}
		int number = Integer.parseInt(page);
		return number >= 1 && number <= MAX_PAGE ? number : null;
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

	/**
	 * Moving an appointment, step by step like booking: the therapist (the same by default, or another who offers
	 * the service), the day from the strip, the time; then a confirm step that shows the old and the new visit. Nothing
	 * moves before the runner confirms.
	 */
	@GetMapping("/appointments/{id}/reschedule")
	String rescheduleForm(Actor actor, @PathVariable long id, @RequestParam(required = false) String therapist,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			Model model) {
		AppointmentView appointment = calendar.find(AppointmentId.of(id), actor);
		ClinicInfo clinic = catalog.clinic();
		MassageService service = catalog.service(appointment.serviceId());
		List<TherapistView> therapists = catalog.qualifiedTherapists(service.modality());
		TherapistId asked = therapist == null ? null : BookingPageController.parseTherapist(therapist);
		TherapistId chosen = asked != null && therapists.stream().anyMatch(t -> t.id().equals(asked)) ? asked
				: appointment.therapistId();
		DayStrip.View days = strip.build(service, chosen, from, actor.runnerId());
		model.addAttribute("appointment", appointment);
		model.addAttribute("clinic", clinic);
		model.addAttribute("therapists", therapists);
		model.addAttribute("chosen", chosen);
		model.addAttribute("strip", days);
		model.addAttribute("focus", "days");
		if (day != null) {
			model.addAttribute("day", day);
			model.addAttribute("focus", "times");
			if (day.isAfter(days.lastBookable())) {
				model.addAttribute("pastWindow", messages.getMessage("book.pastWindow",
						new Object[] { BookingPageController.DAYS.format(day), clinic.policies().maxDaysAhead(),
								BookingPageController.DAYS.format(day.minusDays(clinic.policies().maxDaysAhead())) }));
			}
			else {
				model.addAttribute("dayState", days.day(day));
				model.addAttribute("slots", days.times(day, chosen));
			}
		}
		return "booking/reschedule";
	}

	/** The confirm step of a move: the visit as it is and as it will be. */
	@GetMapping("/appointments/{id}/reschedule/confirm")
	String confirmReschedule(Actor actor, @PathVariable long id, @RequestParam(required = false) String therapist,
			@RequestParam Instant start, Model model) {
		AppointmentView appointment = calendar.find(AppointmentId.of(id), actor);
		ClinicInfo clinic = catalog.clinic();
		TherapistId chosen = therapist == null ? appointment.therapistId()
				: BookingPageController.parseTherapist(therapist);
		if (chosen == null) {
			chosen = appointment.therapistId();
		}
		MassageService service = catalog.service(appointment.serviceId());
		model.addAttribute("appointment", appointment);
		model.addAttribute("clinic", clinic);
		model.addAttribute("therapistName", catalog.therapist(chosen).name());
		model.addAttribute("therapist", chosen.toString());
		model.addAttribute("start", start);
		model.addAttribute("localStart", start.atZone(clinic.zone()));
		model.addAttribute("price", service.price().format(LOCALE));
		model.addAttribute("policy", BookingPageController.policy(clinic, start, messages));
		return "booking/reschedule-confirm";
	}

	@PostMapping("/appointments/{id}/reschedule")
	String reschedule(Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") RescheduleForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// the times are links, not typed: a start that cannot be read sends the runner back to pick one
			redirect.addFlashAttribute("error", messages.getMessage(result.getFieldErrors().get(0)));
			return "redirect:/appointments/" + id + "/reschedule";
		}
		try {
			AppointmentView moved = booking.reschedule(AppointmentId.of(id), form.start(),
					BookingPageController.parseTherapist(form.therapist()), actor);
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
