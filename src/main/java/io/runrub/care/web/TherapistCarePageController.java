package io.runrub.care.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentView;
import io.runrub.care.NoteId;
import io.runrub.care.brief.TherapistBrief;
import io.runrub.care.brief.TherapistBriefs;
import io.runrub.care.homework.ExerciseLibrary;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.NoteChanges;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.notes.NoteView;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.shared.Pressure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The therapist's pages: clients, the brief, writing and amending a note, and homework from it. */
@Controller
class TherapistCarePageController {

	private final MessageSourceAccessor messages;

	private final Refusals refusals;

	static final int WEEKS_BACK = 8;

	static final int WEEKS_AHEAD = 4;

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	private final ClinicalRecords records;

	private final TherapistBriefs briefs;

	/** The runner's attendance, one line on the brief. */
	private final io.runrub.booking.AttendanceRecording attendance;

	private final HomeworkAssignments homework;

	private final ExerciseLibrary library;

	private final Clock clock;

	private final io.runrub.runners.ProfileKeeping profiles;

	TherapistCarePageController(AppointmentCalendar calendar, ClinicCatalog catalog, ClinicalRecords records,
			TherapistBriefs briefs, HomeworkAssignments homework, ExerciseLibrary library, Clock clock, MessageSourceAccessor messages, Refusals refusals,
			io.runrub.booking.AttendanceRecording attendance, io.runrub.runners.ProfileKeeping profiles) {
		this.attendance = attendance;
		this.profiles = profiles;
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
	String clients(Actor actor, Model model) {
		TherapistView therapist = catalog.therapistForAccount(actor.accountId())
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
		Map<AppointmentId, NoteId> noteIds = records
			.noteIds(appointments.stream().map(AppointmentView::id).toList());
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
	String brief(Actor actor, @PathVariable long id, HttpServletRequest request, Model model) {
		TherapistBrief brief = briefs.brief(AppointmentId.of(id), actor, ClinicalApiController.via(request));
		LocalDate to = brief.training().to();
		LocalDate from = to.minusDays(TherapistBriefs.BODY_DAYS - 1);
		Map<BodyArea, String> charts = new LinkedHashMap<>();
		brief.bodyTrend()
			.forEach((area, scores) -> charts.put(area, BodyTrendChart.svg(area.displayName(), scores, from, to)));
		model.addAttribute("brief", brief);
		model.addAttribute("charts", charts);
		model.addAttribute("attendance", attendance.summary(brief.appointment().runnerId()));
		// what the runner told the clinic, at the top: complaints, the pressure they take, what they want
		model.addAttribute("profile", profiles.find(brief.appointment().runnerId()).orElse(null));
		model.addAttribute("zone", catalog.zone());
		return "care/brief";
	}

	@GetMapping("/therapist/appointments/{id}/note")
	String noteForm(Actor actor, @PathVariable long id, Model model) {
		AppointmentView appointment = calendar.find(AppointmentId.of(id), actor);
		NoteId noteId = records.noteIds(List.of(appointment.id())).get(appointment.id());
		if (noteId != null) {
			// signed already: its page is where it can be read and amended
			return "redirect:/therapist/notes/" + noteId;
		}
		model.addAttribute("noteForm", new NoteForm());
		return form(model, appointment);
	}

	@PostMapping("/therapist/appointments/{id}/note")
	String sign(Actor actor, @PathVariable long id, @Valid @ModelAttribute("noteForm") NoteForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		AppointmentId appointmentId = AppointmentId.of(id);
		NoteContent content = form.content(result, refusals);
		if (content == null) {
			return form(model, calendar.find(appointmentId, actor));
		}
		try {
			NoteView note = records.sign(appointmentId, content, actor, ClinicalApiController.via(request));
			redirect.addFlashAttribute("message", messages.getMessage("flash.care.signed"));
			return "redirect:/therapist/notes/" + note.note().id();
		}
		catch (DomainException.RuleViolation | DomainException.Conflict ex) {
			NoteForm.reject(result, ex, refusals);
			return form(model, calendar.find(appointmentId, actor));
		}
	}

	@GetMapping("/therapist/notes/{id}")
	String note(Actor actor, @PathVariable long id, HttpServletRequest request, Model model) {
		NoteView note = records.read(NoteId.of(id), actor, ClinicalApiController.via(request));
		model.addAttribute("amendForm", NoteForm.Amendment.of(note.current()));
		model.addAttribute("homeworkForm", HomeworkForm.empty());
		return notePage(model, note, actor);
	}

	@PostMapping("/therapist/notes/{id}/amendments")
	String amend(Actor actor, @PathVariable long id, @Valid @ModelAttribute("amendForm") NoteForm.Amendment form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		NoteId noteId = NoteId.of(id);
		NoteChanges changes = form.changes(result, refusals);
		if (changes != null) {
			try {
				records.amend(noteId, form.getReason(), changes, actor, ClinicalApiController.via(request));
				redirect.addFlashAttribute("message", messages.getMessage("flash.care.amended"));
				return "redirect:/therapist/notes/" + id;
			}
			catch (DomainException.RuleViolation | DomainException.Conflict | DomainException.Forbidden ex) {
				NoteForm.reject(result, ex, refusals);
			}
		}
		model.addAttribute("homeworkForm", HomeworkForm.empty());
		return notePage(model, records.read(noteId, actor, ClinicalApiController.via(request)), actor);
	}

	@PostMapping("/therapist/notes/{id}/homework")
	String assign(Actor actor, @PathVariable long id, @Valid @ModelAttribute("homeworkForm") HomeworkForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		NoteId noteId = NoteId.of(id);
		if (!result.hasErrors()) {
			try {
				var assigned = homework.assign(noteId, form.exerciseId(), form.timesPerWeek(), form.weeks(), actor,
						ClinicalApiController.via(request));
				redirect.addFlashAttribute("message", messages.getMessage("flash.care.homework",
						new Object[] { assigned.exercise().name(), form.timesPerWeek(), form.weeks() }));
				return "redirect:/therapist/notes/" + id;
			}
			catch (DomainException.RuleViolation | DomainException.Forbidden ex) {
				String field = HomeworkForm.fieldOf(ex.code());
				if (field == null) {
					result.reject(ex.code(), refusals.detail(ex));
				}
				else {
					result.rejectValue(field, ex.code(), refusals.detail(ex));
				}
			}
		}
		NoteView note = records.read(noteId, actor, ClinicalApiController.via(request));
		model.addAttribute("amendForm", NoteForm.Amendment.of(note.current()));
		return notePage(model, note, actor);
	}

	private String form(Model model, AppointmentView appointment) {
		model.addAttribute("appointment", appointment);
		model.addAttribute("areas", BodyArea.values());
		model.addAttribute("states", TissueState.values());
		model.addAttribute("pressures", Pressure.values());
		model.addAttribute("startsLater", clock.instant().isBefore(appointment.start().toInstant()));
		return "care/note-form";
	}

	private String notePage(Model model, NoteView note, Actor actor) {
		model.addAttribute("view", note);
		model.addAttribute("mine", actor.accountId().equals(io.runrub.accounts.AccountId.of(note.note().authorAccountId())));
		model.addAttribute("homework", homework.ofNote(NoteId.of(note.note().id())));
		model.addAttribute("exercises", library.all());
		model.addAttribute("kinds", io.runrub.care.homework.ExerciseKind.values());
		model.addAttribute("areas", BodyArea.values());
		model.addAttribute("states", TissueState.values());
		model.addAttribute("pressures", Pressure.values());
		model.addAttribute("zone", catalog.zone());
		return "care/note";
	}

}
