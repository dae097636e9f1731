package io.runrub.care.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.care.body.BodyLog;
import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.ExerciseLibrary;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.homework.MissedReason;
import io.runrub.care.insights.RunnerInsights;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.RunnerFeedback;
import io.runrub.care.web.CareJson.BodyCheckInJson;
import io.runrub.care.web.CareJson.CheckInJson;
import io.runrub.care.web.CareJson.ExerciseJson;
import io.runrub.care.web.CareJson.HomeworkJson;
import io.runrub.care.web.CareJson.InsightJson;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The runner's side of the care loop: the exercise library, their homework and check-ins, body check-ins, insights
 * and their therapists' feedback. Only ever their own; never the clinical detail of a note.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Care: runners")
class RunnerCareApiController {

	private final ExerciseLibrary library;

	private final HomeworkAssignments homework;

	private final BodyLog body;

	private final RunnerInsights insights;

	private final ClinicalRecords records;

	RunnerCareApiController(ExerciseLibrary library, HomeworkAssignments homework, BodyLog body,
			RunnerInsights insights, ClinicalRecords records) {
		this.library = library;
		this.homework = homework;
		this.body = body;
		this.insights = insights;
		this.records = records;
	}

	@GetMapping("/exercises")
	@Operation(summary = "The exercise library",
			description = "Each with instructions, how it should feel, dosage, minutes and body areas.")
	List<ExerciseJson> exercises() {
		return library.all().stream().map(ExerciseJson::of).toList();
	}

	@GetMapping("/me/homework")
	@Operation(summary = "The runner's current homework, what is due today first")
	List<HomeworkJson> myHomework(Actor actor) {
		return homework.current(actor.runnerId()).stream().map(HomeworkJson::of).toList();
	}

	record CheckInRequest(@NotNull(message = "{care.invalid.status}") CheckInStatus status, MissedReason reason,
			@Min(value = 0, message = "{care.invalid.minutes}") @Max(value = 300, message = "{care.invalid.minutes}") Integer minutes,
			@Min(value = 0, message = "{care.invalid.change}") @Max(value = 10, message = "{care.invalid.change}") Integer change,
			@Size(max = 1000, message = "{care.invalid.text}") String text, LocalDate date) {
	}

	@PostMapping("/homework/{id}/check-ins")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Check in on a homework (its runner)",
			description = "A reason is required unless DONE; change is 0 (no better) to 10 (completely better). "
					+ "Without a date, for today.")
	CheckInJson checkIn(Actor actor, @PathVariable long id,
			@Valid @RequestBody CheckInRequest request) {
		return CheckInJson.of(id, homework.checkIn(id, actor.runnerId(),
				new HomeworkAssignments.CheckInInput(request.date(), request.status(), request.reason(),
						request.minutes(), request.change(), request.text())));
	}

	record BodyCheckInRequest(LocalDate date,
			@NotEmpty(message = "{care.invalid.areas}") Map<@NotNull BodyArea, @NotNull(message = "{care.invalid.score}") @Min(value = 0, message = "{care.invalid.score}") @Max(value = 10, message = "{care.invalid.score}") Integer> areas) {
	}

	@PostMapping("/me/body-check-ins")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A body check-in: tight or sore areas, 0 to 10", description = "Without a date, for today.")
	BodyCheckInJson bodyCheckIn(Actor actor,
			@Valid @RequestBody BodyCheckInRequest request) {
		return BodyCheckInJson.of(body.record(actor.runnerId(), request.date(), request.areas()));
	}

	record BodyTrendJson(LocalDate from, LocalDate to, List<BodyCheckInJson> checkIns,
			Map<BodyArea, List<BodyLog.DayScore>> trend) {
	}

	@GetMapping("/me/body-check-ins")
	@Operation(summary = "The runner's body check-ins and the trend per area (default: the last 8 weeks)")
	BodyTrendJson bodyCheckIns(Actor actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		LocalDate last = to == null ? body.today() : to;
		LocalDate first = from == null ? last.minusWeeks(8).plusDays(1) : from;
		if (first.isAfter(last) || first.plusDays(BodyLog.MAX_DAYS_BACK).isBefore(last)) {
			throw DomainException.refused("care-range-invalid");
		}
		var checkIns = body.between(actor.runnerId(), first, last);
		return new BodyTrendJson(first, last, checkIns.stream().map(BodyCheckInJson::of).toList(),
				BodyLog.trend(checkIns));
	}

	@GetMapping("/me/insights")
	@Operation(summary = "What RunRub noticed across your notes, check-ins and training",
			description = "Each with the catalogue rule and its evidence grade.")
	List<InsightJson> myInsights(Actor actor) {
		return insights.forRunner(actor.runnerId()).stream().map(InsightJson::of).toList();
	}

	@GetMapping("/me/feedback")
	@Operation(summary = "Your therapists' feedback, newest first",
			description = "The runner-facing part of each treatment note, with earlier wordings if it was amended.")
	List<FeedbackJson> myFeedback(Actor actor) {
		return records.feedbackFor(actor.runnerId()).stream().map(FeedbackJson::of).toList();
	}

	record FeedbackJson(long noteId, long appointmentId, OffsetDateTime appointmentStart, String therapistName,
			String serviceName, String feedback, OffsetDateTime updatedAt, List<String> earlierWordings) {

		static FeedbackJson of(RunnerFeedback feedback) {
			ZoneId zone = feedback.appointmentStart().getZone();
			return new FeedbackJson(feedback.noteId(), feedback.appointmentId(),
					feedback.appointmentStart().toOffsetDateTime(), feedback.therapistName(), feedback.serviceName(),
					feedback.feedback(), CareJson.local(feedback.updatedAt(), zone), feedback.earlierWordings());
		}

	}

}
