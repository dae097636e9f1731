package io.runrub.booking.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;
import io.runrub.shared.DomainException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A therapist's day and week. The day shows what each client's health answers mean (which questions they answered
 * yes to, never their notes), so that the therapist knows before the session whether to stop or adapt.
 */
@Controller
class TherapistSchedulePageController {

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	private final IntakeScreening screening;

	private final Clock clock;

	private final io.runrub.booking.AttendanceRecording attendance;

	private final io.runrub.shared.web.Refusals refusals;

	TherapistSchedulePageController(AppointmentCalendar calendar, ClinicCatalog catalog, IntakeScreening screening,
			Clock clock, io.runrub.booking.AttendanceRecording attendance, io.runrub.shared.web.Refusals refusals) {
		this.attendance = attendance;
		this.refusals = refusals;
		this.calendar = calendar;
		this.catalog = catalog;
		this.screening = screening;
		this.clock = clock;
	}

	@GetMapping("/therapist/day")
	String day(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		ZoneId zone = catalog.zone();
		LocalDate day = date == null ? LocalDate.ofInstant(clock.instant(), zone) : date;
		TherapistView therapist = therapist(actor);
		model.addAttribute("therapist", therapist);
		model.addAttribute("date", day);
		List<AppointmentView> appointments = booked(therapist, day, day.plusDays(1), zone);
		Map<RunnerId, IntakeVerdict> health = new HashMap<>();
		appointments.forEach(a -> health.computeIfAbsent(a.runnerId(), runner -> screening.verdict(runner)));
		model.addAttribute("appointments", appointments);
		model.addAttribute("health", health);
		// whether each runner came, for the appointments that have started (none on a day ahead: no query)
		java.time.Instant now = clock.instant();
		List<io.runrub.booking.AppointmentId> started = appointments.stream()
			.filter(a -> !a.start().toInstant().isAfter(now))
			.map(AppointmentView::id)
			.toList();
		model.addAttribute("started", new java.util.HashSet<>(started));
		model.addAttribute("attendance", started.isEmpty() ? Map.of() : attendance.of(started));
		return "booking/therapist-day";
	}

	/** The therapist records whether the runner came, from the day page. */
	@org.springframework.web.bind.annotation.PostMapping("/therapist/appointments/{id}/attendance")
	String recordAttendance(Actor actor, @org.springframework.web.bind.annotation.PathVariable long id,
			@RequestParam io.runrub.booking.Attendance status,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		try {
			attendance.record(io.runrub.booking.AppointmentId.of(id), status, actor);
		}
		catch (io.runrub.shared.DomainException ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/therapist/day?date=" + date;
	}

	@GetMapping("/therapist/week")
	String week(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		ZoneId zone = catalog.zone();
		LocalDate any = date == null ? LocalDate.ofInstant(clock.instant(), zone) : date;
		LocalDate monday = any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		TherapistView therapist = therapist(actor);
		List<AppointmentView> appointments = booked(therapist, monday, monday.plusDays(7), zone);
		Map<LocalDate, List<AppointmentView>> byDay = new LinkedHashMap<>();
		for (LocalDate day = monday; day.isBefore(monday.plusDays(7)); day = day.plusDays(1)) {
			LocalDate current = day;
			byDay.put(day, appointments.stream().filter(a -> a.start().toLocalDate().equals(current)).toList());
		}
		model.addAttribute("therapist", therapist);
		model.addAttribute("monday", monday);
		model.addAttribute("days", byDay);
		return "booking/therapist-week";
	}

	private List<AppointmentView> booked(TherapistView therapist, LocalDate from, LocalDate to, ZoneId zone) {
		return calendar
			.forTherapist(therapist.id(), from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant())
			.stream()
			.filter(AppointmentView::isBooked)
			.toList();
	}

	private TherapistView therapist(Actor actor) {
		return catalog.therapistForAccount(actor.accountId())
			.orElseThrow(() -> DomainException.notFound("not-a-therapist"));
	}

}
