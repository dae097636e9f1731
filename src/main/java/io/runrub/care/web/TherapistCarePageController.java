package io.runrub.care.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.care.brief.TherapistBrief;
import io.runrub.care.brief.TherapistBriefs;
import io.runrub.care.homework.ExerciseLibrary;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.NoteChanges;
import io.runrub.care.notes.NoteView;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.shared.Pressure;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's pages: clients, the brief, writing and amending a note, and homework from it. */
@Controller
class TherapistCarePageController {

	private final MessageSource messages;

	private final Refusals refusals;

	static final int WEEKS_BACK = 8;

	static final int WEEKS_AHEAD = 4;

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	private final ClinicalRecords records;

	private final TherapistBriefs briefs;

	private final HomeworkAssignments homework;

	private final ExerciseLibrary library;

	private final Clock clock;

	TherapistCarePageController(AppointmentCalendar calendar, ClinicCatalog catalog, ClinicalRecords records,
			TherapistBriefs briefs, HomeworkAssignments homework, ExerciseLibrary library, Clock clock, MessageSource messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
		this.calendar = calendar;
		this.catalog = catalog;
		this.records = records;
		this.briefs = briefs;
		this.homework = homework;
		this.library = library;
		this.clock = clock;
	}

	@GetMapping("/therapist/care")
	String clients(@AuthenticationPrincipal RunRubUser user, Model model) {
		TherapistView therapist = catalog.therapistForAccount(io.runrub.accounts.AccountId.of(user.accountId()))
			.orElseThrow(() -> DomainException.notFound("therapist-profile-missing"));
		ZoneId zone = catalog.zone();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		List<AppointmentView> appointments = calendar
			.forTherapist(therapist.id(), today.minusWeeks(WEEKS_BACK).atStartOfDay(zone).toInstant(),
					today.plusWeeks(WEEKS_AHEAD).atStartOfDay(zone).toInstant())
			.stream()
			.filter(AppointmentView::isBooked)
			.toList();
		Map<Long, Long> noteIds = records
			.noteIds(appointments.stream().map(appointment -> appointment.id().value()).toList());
		List<AppointmentView> upcoming = appointments.stream()
			.filter(appointment -> appointment.start().toInstant().isAfter(now))
			.toList();
		List<AppointmentView> past = appointments.stream()
			.filter(appointment -> !appointment.start().toInstant().isAfter(now))
			.sorted(java.util.Comparator.comparing(AppointmentView::start).reversed())
			.toList();
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past", past);
		model.addAttribute("noteIds", noteIds);
		return "care/clients";
	}

	@GetMapping("/therapist/appointments/{id}")
	String brief(@AuthenticationPrincipal RunRubUser user, @PathVariable long id, HttpServletRequest request,
			Model model) {
		TherapistBrief brief = briefs.brief(id, user, ClinicalApiController.via(request));
		LocalDate to = brief.training().to();
		LocalDate from = to.minusDays(TherapistBriefs.BODY_DAYS - 1);
		Map<BodyArea, String> charts = new LinkedHashMap<>();
		brief.bodyTrend()
			.forEach((area, scores) -> charts.put(area, BodyTrendChart.svg(area.displayName(), scores, from, to)));
		model.addAttribute("brief", brief);
		model.addAttribute("charts", charts);
		return "care/brief";
	}

	@GetMapping("/therapist/appointments/{id}/note")
	String noteForm(@AuthenticationPrincipal RunRubUser user, @PathVariable long id, Model model) {
		AppointmentView appointment = calendar.find(io.runrub.booking.AppointmentId.of(id), user.actor());
		Long noteId = records.noteIds(List.of(appointment.id().value())).get(appointment.id().value());
		if (noteId != null) {
			// signed already: its page is where it can be read and amended
			return "redirect:/therapist/notes/" + noteId;
		}
		return form(model, appointment, NoteForm.empty());
	}

	@PostMapping("/therapist/appointments/{id}/note")
	String sign(@AuthenticationPrincipal RunRubUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		NoteForm form = NoteForm.from(params);
		try {
			NoteView note = records.sign(id, form.content(), user, ClinicalApiController.via(request));
			redirect.addFlashAttribute("message", text("flash.care.signed"));
			return "redirect:/therapist/notes/" + note.note().id();
		}
		catch (DomainException.RuleViolation | DomainException.Conflict ex) {
			model.addAttribute("error", refusals.detail(ex));
			return form(model, calendar.find(io.runrub.booking.AppointmentId.of(id), user.actor()), form);
		}
	}

	@GetMapping("/therapist/notes/{id}")
	String note(@AuthenticationPrincipal RunRubUser user, @PathVariable long id, HttpServletRequest request,
			Model model) {
		return notePage(model, records.read(id, user, ClinicalApiController.via(request)), null, user);
	}

	@PostMapping("/therapist/notes/{id}/amendments")
	String amend(@AuthenticationPrincipal RunRubUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		NoteForm form = NoteForm.from(params);
		try {
			NoteChanges changes = new NoteChanges(form.findings(), form.techniqueList(), form.pressureValue(),
					form.toleranceValue(), form.feedback());
			records.amend(id, params.get("reason"), changes, user, ClinicalApiController.via(request));
			redirect.addFlashAttribute("message", text("flash.care.amended"));
			return "redirect:/therapist/notes/" + id;
		}
		catch (DomainException.RuleViolation | DomainException.Conflict | DomainException.Forbidden ex) {
			model.addAttribute("error", refusals.detail(ex));
			return notePage(model, records.read(id, user, ClinicalApiController.via(request)), form, user);
		}
	}

	@PostMapping("/therapist/notes/{id}/homework")
	String assign(@AuthenticationPrincipal RunRubUser user, @PathVariable long id,
			@RequestParam(required = false) Long exerciseId, @RequestParam(required = false) Integer timesPerWeek,
			@RequestParam(required = false) Integer weeks, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			if (exerciseId == null || timesPerWeek == null || weeks == null) {
				throw DomainException.refused("homework-incomplete");
			}
			var assigned = homework.assign(id, exerciseId, timesPerWeek, weeks, user,
					ClinicalApiController.via(request));
			redirect.addFlashAttribute("message",
					text("flash.care.homework", assigned.exercise().name(), timesPerWeek, weeks));
		}
		catch (DomainException.RuleViolation | DomainException.Forbidden ex) {
			redirect.addFlashAttribute("error", refusals.detail(ex));
		}
		return "redirect:/therapist/notes/" + id;
	}

	private String form(Model model, AppointmentView appointment, NoteForm form) {
		model.addAttribute("appointment", appointment);
		model.addAttribute("form", form);
		model.addAttribute("areas", BodyArea.values());
		model.addAttribute("states", TissueState.values());
		model.addAttribute("pressures", Pressure.values());
		model.addAttribute("startsLater", clock.instant().isBefore(appointment.start().toInstant()));
		return "care/note-form";
	}

	private String notePage(Model model, NoteView note, NoteForm form, RunRubUser user) {
		model.addAttribute("view", note);
		model.addAttribute("mine", note.note().authorAccountId() == user.accountId());
		model.addAttribute("form", form == null ? NoteForm.of(note.current()) : form);
		model.addAttribute("homework", homework.ofNote(note.note().id()));
		model.addAttribute("exercises", library.all());
		model.addAttribute("kinds", io.runrub.care.homework.ExerciseKind.values());
		model.addAttribute("areas", BodyArea.values());
		model.addAttribute("states", TissueState.values());
		model.addAttribute("pressures", Pressure.values());
		model.addAttribute("zone", catalog.zone());
		return "care/note";
	}

	/** A confirmation for the page, from messages.properties. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
