package io.runrub.care.brief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentView;
import io.runrub.care.NoteId;
import io.runrub.care.access.CareAccess;
import io.runrub.care.body.BodyCheckIn;
import io.runrub.care.body.BodyLog;
import io.runrub.care.homework.Homework;
import io.runrub.care.homework.HomeworkAssignments;
import io.runrub.care.homework.HomeworkView;
import io.runrub.care.insights.CareInsights;
import io.runrub.care.insights.RunnerInsights;
import io.runrub.care.notes.ClinicalRecords;
import io.runrub.care.notes.NoteView;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.training.DailyLoad;
import io.runrub.training.SessionView;
import io.runrub.training.TrainingCalendar;

import org.springframework.stereotype.Component;

/** Puts together the therapist's brief for one of their appointments. */
@Component
public class TherapistBriefs {

	/** Days of training the brief shows: three weeks. */
	public static final int TRAINING_DAYS = 21;

	/** Body check-ins the brief shows: six weeks. */
	public static final int BODY_DAYS = 42;

	/** Homework that ended longer ago than this is left out. */
	public static final int HOMEWORK_DAYS = 56;

	public static final int LAST_NOTES = 3;

	private final AppointmentCalendar calendar;

	private final CareAccess access;

	private final IntakeFlags intake;

	private final TrainingCalendar training;

	private final BodyLog body;

	private final HomeworkAssignments homework;

	private final ClinicalRecords records;

	private final RunnerInsights insights;

	private final Clock clock;

	TherapistBriefs(AppointmentCalendar calendar, CareAccess access, IntakeFlags intake, TrainingCalendar training,
			BodyLog body, HomeworkAssignments homework, ClinicalRecords records, RunnerInsights insights,
			Clock clock) {
		this.calendar = calendar;
		this.access = access;
		this.intake = intake;
		this.training = training;
		this.body = body;
		this.homework = homework;
		this.records = records;
		this.insights = insights;
		this.clock = clock;
	}

	/**
	 * The brief of an appointment, for its therapist only (anyone else: "not found"), while they treat the runner or
	 * are booked with them. Each note it shows is logged as read through {@code via}.
	 */
	public TherapistBrief brief(AppointmentId appointmentId, Actor actor, String via) {
		TherapistView therapist = access.requireTherapist(actor);
		AppointmentView appointment = calendar.find(appointmentId, actor);
		if (!appointment.therapistId().equals(therapist.id())) {
			throw DomainException.notFound("appointment-not-in-calendar", appointmentId.value());
		}
		RunnerId runnerId = appointment.runnerId();
		if (!access.mayReadRecordOf(actor, runnerId)) {
			// a cancelled appointment alone is no treatment relationship: no health data for it
			throw DomainException.notFound("brief-not-found", appointmentId.value());
		}
		LocalDate today = training.today();
		LocalDate day = appointment.start().toLocalDate();
		LocalDate to = day.isBefore(today) ? day : today;
		LocalDate from = to.minusDays(TRAINING_DAYS - 1);
		List<BodyCheckIn> checkIns = body.between(runnerId, to.minusDays(BODY_DAYS - 1), to);
		List<HomeworkView> homeworkViews = homework.of(runnerId, today)
			.stream()
			.filter(view -> !view.homework().endsOn().isBefore(today.minusDays(HOMEWORK_DAYS)))
			.toList();
		List<NoteView> notes = records.latest(runnerId, LAST_NOTES, actor, via);
		NoteId noteId = records.noteIds(List.of(appointmentId)).get(appointmentId);
		boolean canWrite = noteId == null && appointment.isBooked()
				&& !clock.instant().isBefore(appointment.start().toInstant());
		return new TherapistBrief(appointment, intake.forRunner(runnerId), training(runnerId, from, to), checkIns,
				BodyLog.trend(checkIns), homeworkViews, notes, insights.forRunner(runnerId), noteId, canWrite);
	}

	private TherapistBrief.Training training(RunnerId runnerId, LocalDate from, LocalDate to) {
		List<SessionView> sessions = training.effectiveSessions(runnerId, from, to)
			.stream()
			.filter(SessionView::isCompleted)
			.toList();
		List<SessionView> runs = sessions.stream().filter(session -> session.type().isRun()).toList();
		double distance = runs.stream()
			.mapToDouble(session -> session.distanceMeters() == null ? 0 : session.distanceMeters())
			.sum() / 1000.0;
		List<CareInsights.RunFacts> facts = RunnerInsights.runs(sessions);
		int hills = (int) facts.stream().filter(CareInsights.RunFacts::hills).count();
		double climb = facts.stream().mapToDouble(CareInsights.RunFacts::climbMeters).sum();
		int hard = (int) sessions.stream().filter(SessionView::hard).count();
		List<DailyLoad> load = training.dailyLoad(runnerId, from, to);
		List<Double> weekly = new ArrayList<>();
		for (LocalDate end = to; !end.isBefore(from); end = end.minusDays(7)) {
			LocalDate weekEnd = end;
			LocalDate weekStart = end.minusDays(6);
			weekly.add(0, load.stream()
				.filter(dayLoad -> !dayLoad.date().isBefore(weekStart) && !dayLoad.date().isAfter(weekEnd))
				.mapToDouble(DailyLoad::load)
				.sum());
		}
		DailyLoad latest = load.isEmpty() ? null : load.get(load.size() - 1);
		int spikes = (int) load.stream().filter(DailyLoad::spike).count();
		return new TherapistBrief.Training(from, to, sessions, runs.size(), distance, hills, climb, hard, weekly,
				latest, spikes);
	}

}
