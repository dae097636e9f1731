package io.runrub.care.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.runrub.care.body.BodyCheckIn;
import io.runrub.care.homework.HomeworkCheckIn;
import io.runrub.care.homework.CheckInStatus;
import io.runrub.care.homework.Exercise;
import io.runrub.care.homework.ExerciseKind;
import io.runrub.care.homework.Homework;
import io.runrub.care.homework.HomeworkView;
import io.runrub.care.homework.MissedReason;
import io.runrub.care.insights.Insight;
import io.runrub.care.notes.Amendment;
import io.runrub.care.notes.Finding;
import io.runrub.care.notes.NoteChanges;
import io.runrub.care.notes.NoteContent;
import io.runrub.care.notes.NoteView;
import io.runrub.care.notes.TissueState;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Pressure;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The records the care API takes and returns: never the domain objects themselves. */
final class CareJson {

	private CareJson() {
	}

	record FindingJson(@NotNull(message = "{care.invalid.area}") BodyArea area,
			@NotNull(message = "{care.invalid.findingState}") TissueState state,
			@NotNull(message = "{care.invalid.severity}") @Min(value = 0, message = "{care.invalid.severity}") @Max(value = 3, message = "{care.invalid.severity}") Integer severity) {

		Finding finding() {
			return new Finding(area, state, severity);
		}

		static FindingJson of(Finding finding) {
			return new FindingJson(finding.area(), finding.state(), finding.severity());
		}

		static List<Finding> findings(List<FindingJson> list) {
			return list == null ? null : list.stream().map(json -> json == null ? null : json.finding()).toList();
		}

		static List<FindingJson> of(List<Finding> findings) {
			return findings == null ? null : findings.stream().map(FindingJson::of).toList();
		}

	}

	record Person(long accountId, String name) {
	}

	record ChangesJson(List<FindingJson> findings, List<String> techniques, Pressure pressure, Pressure tolerance,
			String feedbackForRunner) {

		static ChangesJson of(NoteChanges changes) {
			return new ChangesJson(FindingJson.of(changes.findings()), changes.techniques(), changes.pressure(),
					changes.tolerance(), changes.feedbackForRunner());
		}

	}

	record AmendmentJson(int sequence, OffsetDateTime amendedAt, Person author, String reason, ChangesJson changes) {
	}

	record ContentJson(List<FindingJson> findings, List<String> techniques, Pressure pressure, Pressure tolerance,
			String feedbackForRunner) {

		static ContentJson of(NoteContent content) {
			return new ContentJson(FindingJson.of(content.findings()), content.techniques(), content.pressure(),
					content.tolerance(), content.feedbackForRunner());
		}

	}

	/**
	 * A clinical note: the top-level fields are the note exactly as signed; {@code amendments} is its history, oldest
	 * first; {@code current} is how it reads with them applied.
	 */
	record NoteJson(long id, long appointmentId, long runnerId, String runnerName, long therapistId,
			String therapistName, OffsetDateTime appointmentStart, OffsetDateTime signedAt, Person signedBy,
			List<FindingJson> findings, List<String> techniques, Pressure pressure, Pressure tolerance,
			String feedbackForRunner, List<AmendmentJson> amendments, ContentJson current) {

		static NoteJson of(NoteView view, ZoneId zone) {
			var note = view.note();
			NoteContent original = note.original();
			return new NoteJson(note.id(), note.appointmentId(), note.runnerId(), view.appointment().runnerName(),
					note.therapistId(), view.appointment().therapistName(),
					view.appointment().start().toOffsetDateTime(), local(note.signedAt(), zone),
					new Person(note.authorAccountId(), view.nameOf(note.authorAccountId())),
					FindingJson.of(original.findings()), original.techniques(), original.pressure(),
					original.tolerance(), original.feedbackForRunner(),
					note.amendments().stream().map(amendment -> amendment(amendment, view, zone)).toList(),
					ContentJson.of(note.current()));
		}

		private static AmendmentJson amendment(Amendment amendment, NoteView view, ZoneId zone) {
			return new AmendmentJson(amendment.sequence(), local(amendment.amendedAt(), zone),
					new Person(amendment.authorAccountId(), view.nameOf(amendment.authorAccountId())),
					amendment.reason(), ChangesJson.of(amendment.changes()));
		}

	}

	record ExerciseJson(long id, String code, String name, ExerciseKind kind, String kindLabel, String instructions,
			String howItShouldFeel, String dosage, int minutes, List<BodyArea> areas) {

		static ExerciseJson of(Exercise exercise) {
			return new ExerciseJson(exercise.id(), exercise.code(), exercise.name(), exercise.kind(),
					exercise.kind().label(), exercise.instructions(), exercise.howItShouldFeel(), exercise.dosage(),
					exercise.minutes(), exercise.bodyAreas());
		}

	}

	record CheckInJson(long id, long homeworkId, LocalDate date, CheckInStatus status, MissedReason reason,
			Integer minutes, Integer change, String text) {

		static CheckInJson of(long homeworkId, HomeworkCheckIn checkIn) {
			return new CheckInJson(checkIn.id(), homeworkId, checkIn.date(), checkIn.status(),
					checkIn.reason(), checkIn.minutes(), checkIn.change(), checkIn.text());
		}

	}

	/** Homework as the runner sees it: the exercise spelled out, and whether a go is due today. */
	record HomeworkJson(long id, long noteId, ExerciseJson exercise, int timesPerWeek, int weeks, LocalDate startsOn,
			LocalDate endsOn, String assignedBy, boolean dueToday, int doneThisWeek, boolean checkedInToday) {

		static HomeworkJson of(HomeworkView view) {
			var homework = view.homework();
			return new HomeworkJson(homework.id(), homework.noteId(), ExerciseJson.of(view.exercise()),
					homework.timesPerWeek(), homework.weeks(), homework.startsOn(), homework.endsOn(),
					view.therapistName(), view.progress().dueToday(), view.progress().attemptsThisWeek(),
					view.progress().checkedInToday());
		}

	}

	/** Homework as the therapist sees it before the next appointment: adherence and the reasons. */
	record AdherenceJson(long id, long noteId, String exercise, int timesPerWeek, int weeks, LocalDate startsOn,
			LocalDate endsOn, int expected, int done, int partly, int notDone, Integer adherencePercent,
			Map<MissedReason, Integer> reasons, Integer averageMinutes, Integer latestChange,
			List<CheckInJson> recentCheckIns) {

		static AdherenceJson of(HomeworkView view) {
			var homework = view.homework();
			var progress = view.progress();
			return new AdherenceJson(homework.id(), homework.noteId(), view.exercise().name(),
					homework.timesPerWeek(), homework.weeks(), homework.startsOn(), homework.endsOn(),
					progress.expected(), progress.done(), progress.partly(), progress.notDone(),
					progress.adherencePercent(), progress.reasons(), progress.averageMinutes(),
					progress.latestChange(),
					progress.recent().stream().map(checkIn -> CheckInJson.of(homework.id(), checkIn)).toList());
		}

	}

	record BodyCheckInJson(long id, LocalDate date, Map<BodyArea, Integer> areas) {

		static BodyCheckInJson of(BodyCheckIn checkIn) {
			return new BodyCheckInJson(checkIn.id(), checkIn.date(), checkIn.scores());
		}

	}

	record InsightJson(String rule, String text, String evidence) {

		static InsightJson of(Insight insight) {
			return new InsightJson(insight.rule(), insight.text(), insight.evidence());
		}

	}

	static OffsetDateTime local(Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
	}

}
