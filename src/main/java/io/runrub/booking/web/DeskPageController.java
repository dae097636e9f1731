package io.runrub.booking.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.desk.DeskSchedule;
import io.runrub.booking.desk.FrontDesk;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
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

/**
 * The front desk's pages (admins, by the {@code /admin/**} rule): the clinic's day or week with every therapist as a
 * column, and from it booking for a client (found by name or email, or new and invited), moving and cancelling with
 * a reason the client is told.
 */
@Controller
class DeskPageController {

	private final DeskSchedule schedule;

	private final FrontDesk desk;

	private final ClinicCatalog catalog;

	private final Refusals refusals;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	private final io.runrub.booking.AttendanceRecording attendance;

	private final io.runrub.booking.Availability availability;

	DeskPageController(DeskSchedule schedule, FrontDesk desk, ClinicCatalog catalog, Refusals refusals,
			MessageSourceAccessor messages, Clock clock, io.runrub.booking.AttendanceRecording attendance,
			io.runrub.booking.Availability availability) {
		this.attendance = attendance;
		this.availability = availability;
		this.schedule = schedule;
		this.desk = desk;
		this.catalog = catalog;
		this.refusals = refusals;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/schedule")
	String schedule(@RequestParam(required = false) @DateTimeFormat(pattern = "d/M/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate date,
			@RequestParam(required = false) String view, @RequestParam(required = false) String q,
			@RequestParam(required = false) String email, @RequestParam(required = false) Long room, Model model) {
		LocalDate day = date == null ? today() : date;
		model.addAttribute("deskForm", DeskBookingForm.empty(day, email));
		model.addAttribute("roomFilter", room);
		return page(day, view, q, model);
	}

	@PostMapping("/admin/schedule/book")
	String book(Actor actor, @Valid @ModelAttribute("deskForm") DeskBookingForm form, BindingResult result,
			@RequestParam(required = false) String view, Model model, RedirectAttributes redirect) {
		LocalDate day = form.date() == null ? today() : form.date();
		if (result.hasErrors()) {
			return page(day, view, null, model);
		}
		ZoneId zone = catalog.zone();
		try {
			FrontDesk.Booked booked = desk.book(new FrontDesk.DeskBooking(form.runnerEmail().strip(),
					ServiceId.of(form.serviceId()), form.date().atTime(form.time()).atZone(zone).toInstant(),
					form.therapistId() == null ? null : TherapistId.of(form.therapistId()), form.roomId(),
					Boolean.TRUE.equals(form.overrideNotice()), form.newClientName()), actor);
			AppointmentView a = booked.appointment();
			redirect.addFlashAttribute("message", messages.getMessage(
					booked.clientCreated() ? "desk.booked.invited" : "desk.booked",
					new Object[] { a.runnerName(), a.serviceName(), a.therapistName(),
							a.start().format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm",
									java.util.Locale.UK)) }));
			return "redirect:/admin/schedule?date=" + day + (view == null ? "" : "&view=" + view);
		}
		catch (DomainException ex) {
			result.reject(ex.code(), refusals.detail(ex));
			// the refusal asks the admin to choose a free time: show that day's, for the service asked for
			try {
				java.util.Map<TherapistId, String> names = new java.util.HashMap<>();
				catalog.activeTherapists().forEach(therapist -> names.put(therapist.id(), therapist.name()));
				java.util.List<String> free = new java.util.ArrayList<>();
				availability.days(ServiceId.of(form.serviceId()), day, day,
						form.therapistId() == null ? null : TherapistId.of(form.therapistId()))
					.getOrDefault(day, new java.util.TreeMap<>())
					.forEach((therapist, times) -> times.forEach(time -> free.add(messages.getMessage("desk.freeTime",
							new Object[] { time.toString(), names.getOrDefault(therapist, "") }))));
				java.util.Collections.sort(free);
				model.addAttribute("freeTimes", free);
			}
			catch (DomainException unknownService) {
				// nothing to show
			}
			return page(day, view, null, model);
		}
	}

	@PostMapping("/admin/schedule/appointments/{id}/cancel")
	String cancel(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam @DateTimeFormat(pattern = "d/M/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate date,
			RedirectAttributes redirect) {
		try {
			AppointmentView cancelled = desk.cancel(AppointmentId.of(id), reason, actor);
			redirect.addFlashAttribute("message",
					messages.getMessage("desk.cancelled", new Object[] { cancelled.runnerName() }));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/admin/schedule?date=" + date;
	}

	@PostMapping("/admin/schedule/appointments/{id}/move")
	String move(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam @DateTimeFormat(pattern = "d/M/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(pattern = "d/M/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate toDate,
			@RequestParam(required = false) @DateTimeFormat(pattern = "H:mm", fallbackPatterns = "HH:mm:ss") LocalTime toTime,
			RedirectAttributes redirect) {
		if (toDate == null || toTime == null) {
			redirect.addFlashAttribute("error", messages.getMessage("desk.move.when"));
			return "redirect:/admin/schedule?date=" + date;
		}
		try {
			AppointmentView moved = desk.move(AppointmentId.of(id),
					toDate.atTime(toTime).atZone(catalog.zone()).toInstant(), reason, actor);
			redirect.addFlashAttribute("message", messages.getMessage("desk.moved", new Object[] {
					moved.runnerName(), moved.start().format(java.time.format.DateTimeFormatter
						.ofPattern("EEE d MMM HH:mm", java.util.Locale.UK)) }));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/admin/schedule?date=" + date;
	}

	/** The admin records whether the client came, from the day's schedule (as the therapist does from their day). */
	@PostMapping("/admin/schedule/appointments/{id}/attendance")
	String recordAttendance(Actor actor, @PathVariable long id, @RequestParam io.runrub.booking.Attendance status,
			@RequestParam @DateTimeFormat(pattern = "d/M/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate date, RedirectAttributes redirect) {
		try {
			attendance.record(AppointmentId.of(id), status, actor);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/admin/schedule?date=" + date;
	}

	private String page(LocalDate day, String view, String q, Model model) {
		boolean week = "week".equals(view);
		LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
		LocalDate to = week ? from.plusDays(6) : day;
		model.addAttribute("week", week);
		model.addAttribute("date", day);
		model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
		DeskSchedule.View shown = schedule.between(from, to);
		model.addAttribute("schedule", shown);
		// on the day view, whether each client came, for the appointments that have started (none ahead: no query)
		java.time.Instant now = clock.instant();
		java.util.List<AppointmentId> started = week ? java.util.List.of() : shown.days()
			.stream()
			.flatMap(d -> d.cells().stream())
			.flatMap(cell -> cell.appointments().stream())
			.map(DeskSchedule.Entry::appointment)
			.filter(a -> !a.start().toInstant().isAfter(now))
			.map(AppointmentView::id)
			.toList();
		model.addAttribute("started", new java.util.HashSet<>(started));
		model.addAttribute("attendance", started.isEmpty() ? java.util.Map.of() : attendance.of(started));
		if (!model.containsAttribute("roomFilter")) {
			model.addAttribute("roomFilter", null);
		}
		java.util.Map<String, String> services = new java.util.LinkedHashMap<>();
		services.put("", messages.getMessage("desk.form.chooseService"));
		catalog.activeServices()
			.forEach(service -> services.put(String.valueOf(service.id().value()),
					messages.getMessage("desk.form.serviceOption",
							new Object[] { service.name(), service.durationMinutes() })));
		java.util.Map<String, String> therapists = new java.util.LinkedHashMap<>();
		therapists.put("", messages.getMessage("desk.form.anyTherapist"));
		catalog.activeTherapists()
			.forEach(therapist -> therapists.put(String.valueOf(therapist.id().value()), therapist.name()));
		java.util.Map<String, String> rooms = new java.util.LinkedHashMap<>();
		rooms.put("", messages.getMessage("desk.form.anyRoom"));
		catalog.activeRooms().forEach(room -> rooms.put(String.valueOf(room.id().value()), room.name()));
		model.addAttribute("rooms", catalog.activeRooms());
		model.addAttribute("roomOptions", rooms);
		model.addAttribute("serviceOptions", services);
		model.addAttribute("therapistOptions", therapists);
		model.addAttribute("q", q);
		model.addAttribute("clients", q == null ? java.util.List.of() : desk.search(q));
		model.addAttribute("maxReason", AppointmentBooking.MAX_REASON);
		return "booking/desk-schedule";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), catalog.zone());
	}

}
