package io.runrub.care.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.runrub.booking.AppointmentView;
import io.runrub.care.NoteId;
import io.runrub.care.body.BodyCheckIn;
import io.runrub.care.body.BodyLog;
import io.runrub.care.homework.HomeworkView;
import io.runrub.care.insights.Insight;
import io.runrub.care.notes.NoteView;
import io.runrub.shared.BodyArea;
import io.runrub.training.DailyLoad;
import io.runrub.training.SessionView;

/**
 * One page before an appointment: intake flags, the last three weeks of training and load, body check-ins, homework
 * adherence, the last notes, and the insights.
 * @param noteId this appointment's own note, once signed
 */
public record TherapistBrief(AppointmentView appointment, IntakeFlags.Summary intake, Training training,
		List<BodyCheckIn> bodyCheckIns, Map<BodyArea, List<BodyLog.DayScore>> bodyTrend, List<HomeworkView> homework,
		List<NoteView> lastNotes, List<Insight> insights, NoteId noteId, boolean noteCanBeWritten) {

	/**
	 * The training of the days from..to.
	 * @param latest fitness, fatigue and form on the last day
	 * @param weeklyLoad the load of each 7 days ending on {@code to}, oldest first
	 */
	public record Training(LocalDate from, LocalDate to, List<SessionView> sessions, int runs, double distanceKm,
			int hillSessions, double climbMeters, int hardSessions, List<Double> weeklyLoad, DailyLoad latest,
			int spikeDays) {
	}

}
