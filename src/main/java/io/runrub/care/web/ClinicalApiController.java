package io.runrub.care.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentId;
import io.runrub.care.NoteId;
import io.runrub.care.brief.IntakeFlags;
import io.runrub.care.brief.TherapistBrief;
import io.runrub.care.brief.TherapistBriefs;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.insights.RunnerInsights;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.NoteChanges;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.web.CareJson.AdherenceJson;
import io.runrub.care.web.CareJson.BodyCheckInJson;
import io.runrub.care.web.CareJson.FindingJson;
import io.runrub.care.web.CareJson.HomeworkJson;
import io.runrub.care.web.CareJson.InsightJson;
import io.runrub.care.web.CareJson.NoteJson;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.Pressure;
import io.runrub.training.SessionType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The therapist's side of the care loop: treatment notes and amendments, homework from a note, the brief, and a
 * client's insights. A note is shown only to therapists who treat the runner; every read is logged.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Care: therapists")
class ClinicalApiController {

	private final ClinicalRecords records;

	private final HomeworkAssignments homework;

	private final TherapistBriefs briefs;

	private final RunnerInsights insights;

	private final ClinicCatalog catalog;

	ClinicalApiController(ClinicalRecords records, HomeworkAssignments homework, TherapistBriefs briefs,
			RunnerInsights insights, ClinicCatalog catalog) {
		this.records = records;
		this.homework = homework;
		this.briefs = briefs;
		this.insights = insights;
		this.catalog = catalog;
	}

	record NoteRequest(
			@NotEmpty(message = "{care.invalid.findings}") @Size(max = 11, message = "{care.invalid.findingCount}") List<@NotNull(message = "{care.invalid.finding}") @Valid FindingJson> findings,
			@Size(max = 20, message = "{care.invalid.techniqueCount}") List<@Size(max = 100, message = "{care.invalid.technique}") String> techniques,
			@NotNull(message = "{care.invalid.pressure}") Pressure pressure,
			@NotNull(message = "{care.invalid.tolerance}") Pressure tolerance,
			@NotBlank(message = "{care.invalid.feedback}") @Size(max = 4000, message = "{care.invalid.feedbackLength}") String feedbackForRunner) {

		NoteContent content() {
			return new NoteContent(FindingJson.findings(findings), techniques, pressure, tolerance, feedbackForRunner);
		}

	}

	@PostMapping("/appointments/{id}/notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Sign the treatment note of an appointment (its therapist)",
			description = "From the appointment's start on (422 before it). One note per appointment (409 when it "
					+ "has one: amend it instead). 404 if it is not your appointment.")
	NoteJson sign(Actor actor, @PathVariable long id,
			@Valid @RequestBody NoteRequest request, HttpServletRequest http) {
		return NoteJson.of(records.sign(AppointmentId.of(id), request.content(), actor, via(http)), catalog.zone());
	}

	record ChangesRequest(
			@Size(max = 11, message = "{care.invalid.findingCount}") List<@NotNull(message = "{care.invalid.finding}") @Valid FindingJson> findings,
			@Size(max = 20, message = "{care.invalid.techniqueCount}") List<@Size(max = 100, message = "{care.invalid.technique}") String> techniques,
			Pressure pressure, Pressure tolerance,
			@Size(max = 4000, message = "{care.invalid.feedbackLength}") String feedbackForRunner) {

		NoteChanges changes() {
			return new NoteChanges(FindingJson.findings(findings), techniques, pressure, tolerance, feedbackForRunner);
		}

	}

	record AmendmentRequest(
			@NotBlank(message = "{care.invalid.reason}") @Size(max = 1000, message = "{care.invalid.reasonLength}") String reason,
			@NotNull(message = "{care.invalid.changes}") @Valid ChangesRequest changes) {
	}

	@PostMapping("/notes/{id}/amendments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Amend a signed note (its author)",
			description = "Appends an amendment with the reason, the changes, the author and the time; the note as "
					+ "signed is kept. Only what really changes is recorded; 422 if nothing does.")
	NoteJson amend(Actor actor, @PathVariable long id,
			@Valid @RequestBody AmendmentRequest request, HttpServletRequest http) {
		return NoteJson.of(records.amend(NoteId.of(id), request.reason(), request.changes().changes(), actor, via(http)),
				catalog.zone());
	}

	@GetMapping("/notes/{id}")
	@Operation(summary = "A treatment note with its amendment history",
			description = "For therapists who have treated the runner or are booked with them; 404 for anyone else. "
					+ "Every read, and every refused attempt, is recorded in the access log.")
	NoteJson note(Actor actor, @PathVariable long id, HttpServletRequest http) {
		return NoteJson.of(records.read(NoteId.of(id), actor, via(http)), catalog.zone());
	}

	record HomeworkRequest(
			@NotNull(message = "{care.invalid.exercise}") @Positive(message = "{care.invalid.exercise}") Long exerciseId,
			@NotNull(message = "{care.invalid.timesPerWeek}") @Min(value = 1, message = "{care.invalid.timesPerWeek}") @Max(value = 14, message = "{care.invalid.timesPerWeek}") Integer timesPerWeek,
			@NotNull(message = "{care.invalid.weeks}") @Min(value = 1, message = "{care.invalid.weeks}") @Max(value = 26, message = "{care.invalid.weeks}") Integer weeks) {
	}

	@PostMapping("/notes/{id}/homework")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Assign homework from a note (its author)", description = "Starts today.")
	HomeworkJson assign(Actor actor, @PathVariable long id,
			@Valid @RequestBody HomeworkRequest request, HttpServletRequest http) {
		return HomeworkJson.of(
				homework.assign(NoteId.of(id), request.exerciseId(), request.timesPerWeek(), request.weeks(), actor, via(http)));
	}

	@GetMapping("/runners/{id}/insights")
	@Operation(summary = "A client's insights (therapists who treat them)", description = "404 for other runners.")
	List<InsightJson> insights(Actor actor, @PathVariable long id) {
		return insights.forTherapist(RunnerId.of(id), actor).stream().map(InsightJson::of).toList();
	}

	record SessionJson(LocalDate date, SessionType type, String title, Integer minutes, Double distanceKm,
			Double climbMeters, boolean hard, String hardReason) {
	}

	record TrainingJson(LocalDate from, LocalDate to, int runs, double distanceKm, int hillSessions,
			double climbMeters, int hardSessions, List<Double> weeklyLoad, Double fitness, Double fatigue, Double form,
			int spikeDays, List<SessionJson> sessions) {

		static TrainingJson of(TherapistBrief.Training training) {
			var latest = training.latest();
			return new TrainingJson(training.from(), training.to(), training.runs(), round(training.distanceKm()),
					training.hillSessions(), Math.round(training.climbMeters()) * 1.0, training.hardSessions(),
					training.weeklyLoad().stream().map(ClinicalApiController::round).toList(),
					latest == null ? null : round(latest.fitness()), latest == null ? null : round(latest.fatigue()),
					latest == null ? null : round(latest.form()), training.spikeDays(),
					training.sessions()
						.stream()
						.map(session -> new SessionJson(session.date(), session.type(), session.title(),
								session.durationMinutes(),
								session.distanceMeters() == null ? null : round(session.distanceMeters() / 1000.0),
								session.elevationGainMeters(), session.hard(), session.hardReason()))
						.toList());
		}

	}

	record AppointmentJson(long id, long runnerId, String runnerName, String serviceName, OffsetDateTime start,
			OffsetDateTime end, String status) {
	}

	record BriefJson(AppointmentJson appointment, IntakeFlags.Summary intake, TrainingJson training,
			List<BodyCheckInJson> bodyCheckIns, List<AdherenceJson> homework, List<NoteJson> lastNotes,
			List<InsightJson> insights, Long noteId) {
	}

	@GetMapping("/appointments/{id}/brief")
	@Operation(summary = "The brief before an appointment (its therapist)",
			description = "Intake flags, the last three weeks of training and load, body check-ins, homework "
					+ "adherence and reasons, the last three notes (each read logged) and the insights.")
	BriefJson brief(Actor actor, @PathVariable long id, HttpServletRequest http) {
		TherapistBrief brief = briefs.brief(AppointmentId.of(id), actor, via(http));
		var appointment = brief.appointment();
		return new BriefJson(
				new AppointmentJson(appointment.id().value(), appointment.runnerId().value(), appointment.runnerName(),
						appointment.serviceName(), appointment.start().toOffsetDateTime(),
						appointment.end().toOffsetDateTime(), appointment.status().name()),
				brief.intake(), TrainingJson.of(brief.training()),
				brief.bodyCheckIns().stream().map(BodyCheckInJson::of).toList(),
				brief.homework().stream().map(AdherenceJson::of).toList(),
				brief.lastNotes().stream().map(note -> NoteJson.of(note, catalog.zone())).toList(),
				brief.insights().stream().map(InsightJson::of).toList(),
				brief.noteId() == null ? null : brief.noteId().value());
	}

	static String via(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
