package io.runrub.care.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.care.access.CareAccess;
import io.runrub.care.body.BodyLog;
import io.runrub.care.homework.HomeworkCheckIn;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.homework.HomeworkView;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.shared.DomainException;
import io.runrub.training.SessionType;
import io.runrub.training.SessionView;
import io.runrub.training.TrainingCalendar;

import org.springframework.stereotype.Component;

/**
 * Gathers a runner's notes (as they read now), training, homework check-ins and body check-ins, and lets
 * {@link CareInsights} say what they show. Insights are runner-facing: the runner sees their own, and a therapist who
 * treats the runner sees the same list. They are derived statements, not note content, so they are not logged as reads.
 */
@Component
public class RunnerInsights {

	private final ClinicalRecords records;

	private final HomeworkAssignments homework;

	private final BodyLog body;

	private final TrainingCalendar training;

	private final CareAccess access;

	RunnerInsights(ClinicalRecords records, HomeworkAssignments homework, BodyLog body, TrainingCalendar training,
			CareAccess access) {
		this.records = records;
		this.homework = homework;
		this.body = body;
		this.training = training;
		this.access = access;
	}

	/** The runner's own insights. */
	public List<Insight> forRunner(RunnerId runnerId) {
		return CareInsights.of(facts(runnerId, training.today()));
	}

	/** A runner's insights for a therapist who treats them or is booked with them; for anyone else "not found". */
	public List<Insight> forTherapist(RunnerId runnerId, Actor therapist) {
		if (!access.mayReadRecordOf(therapist, runnerId)) {
			throw DomainException.notFound("runner-not-your-client", runnerId.value());
		}
		return forRunner(runnerId);
	}

	CareInsights.Facts facts(RunnerId runnerId, LocalDate today) {
		List<ClinicalRecords.DatedNote> notes = records.notesOf(runnerId);
		List<CareInsights.NoteFacts> noteFacts = notes.stream()
			.map(dated -> new CareInsights.NoteFacts(dated.appointment().start().toLocalDate(),
					dated.note().current().findings()))
			.toList();
		List<CareInsights.RunFacts> runs = List.of();
		if (!noteFacts.isEmpty()) {
			LocalDate latest = noteFacts.stream().map(CareInsights.NoteFacts::date).max(LocalDate::compareTo).orElseThrow();
			LocalDate from = latest.minusDays(CareInsights.RECENT_DAYS).minusWeeks(CareInsights.NORM_WEEKS);
			runs = runs(training.effectiveSessions(runnerId, from, latest));
		}
		List<HomeworkView> views = homework.of(runnerId, today);
		List<CareInsights.HomeworkFacts> homeworkFacts = views.stream()
			.map(view -> new CareInsights.HomeworkFacts(view.exercise().name(), view.homework().endsOn(),
					view.homework()
						.checkInsInOrder()
						.stream()
						.filter(checkIn -> !checkIn.date().isAfter(today))
						.toList()))
			.toList();
		return new CareInsights.Facts(noteFacts, runs, homeworkFacts,
				body.between(runnerId, today.minusDays(CareInsights.PAIN_WINDOW_DAYS), today), today);
	}

	/** Completed runs only: what the runner actually did, with the climb recorded (0 when the file had none). */
	public static List<CareInsights.RunFacts> runs(List<SessionView> sessions) {
		return sessions.stream()
			.filter(session -> session.isCompleted() && session.type().isRun())
			.map(session -> new CareInsights.RunFacts(session.date(), session.type() == SessionType.HILLS,
					session.elevationGainMeters() == null ? 0 : session.elevationGainMeters()))
			.toList();
	}

}
