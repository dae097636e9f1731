package io.runrub.training.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.DemoAccounts;
import io.runrub.accounts.RunnerId;
import io.runrub.training.RacePriority;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingCalendar;
import io.runrub.training.TrainingLog;
import io.runrub.training.sessions.TrainingSessions;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the demo runner's last 16 weeks of completed training and a 12-week plan to a marathon (an A race),
 * with a half marathon (a B race) on the way, so a new user's first look shows a full calendar and chart. The week
 * follows a common pattern: rest Monday, intervals Tuesday, easy Wednesday, tempo or hills Thursday, rest or easy
 * Friday, easy Saturday, long run Sunday.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("runrub.demo")
class DemoTraining implements ApplicationRunner {

	static final int WEEKS_DONE = 16;

	static final int WEEKS_PLANNED = 12;

	private final AccountDirectory accounts;

	private final TrainingSessions sessions;

	private final TrainingLog log;

	private final TrainingCalendar calendar;

	DemoTraining(AccountDirectory accounts, TrainingSessions sessions, TrainingLog log, TrainingCalendar calendar) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.log = log;
		this.calendar = calendar;
	}

	@Override
	public void run(ApplicationArguments args) {
		accounts.findByEmail(DemoAccounts.RUNNER_EMAIL).ifPresent(runner -> {
			if (sessions.countByRunnerId(runner.id().value()) == 0) {
				seed(RunnerId.of(runner.id().value()), calendar.today());
			}
		});
	}

	void seed(RunnerId runnerId, LocalDate today) {
		Random random = new Random(42);
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate firstMonday = thisMonday.minusWeeks(WEEKS_DONE);
		LocalDate raceDay = thisMonday.plusWeeks(WEEKS_PLANNED).minusDays(1);
		for (int week = 0; week < WEEKS_DONE + WEEKS_PLANNED; week++) {
			LocalDate monday = firstMonday.plusWeeks(week);
			int weeksToRace = (int) ((raceDay.toEpochDay() - monday.toEpochDay()) / 7);
			boolean taper = weeksToRace < 2;
			boolean recoveryWeek = week % 4 == 3;
			int longMinutes = taper ? 70 : Math.min(150, 75 + week * 3) - (recoveryWeek ? 25 : 0);
			day(runnerId, today, random, monday.plusDays(1), SessionType.INTERVALS,
					taper ? "5 x 3 min at 10K pace" : "6 x 800 m at 5K pace, 2 min jog", 55, 9.5, 7);
			day(runnerId, today, random, monday.plusDays(2), SessionType.EASY, "Easy run", 45, 8.0, 3);
			day(runnerId, today, random, monday.plusDays(3), week % 2 == 0 ? SessionType.TEMPO : SessionType.HILLS,
					week % 2 == 0 ? "Tempo: 3 x 10 min at threshold" : "Hills: 8 x 60 s uphill, jog down", 50, 9.0, 7);
			if (week % 2 == 1) {
				day(runnerId, today, random, monday.plusDays(4), SessionType.EASY, "Recovery jog", 30, 5.0, 2);
			}
			day(runnerId, today, random, monday.plusDays(5), SessionType.EASY, "Easy run with strides", 45, 8.0, 3);
			if (!monday.plusDays(6).equals(raceDay)) {
				day(runnerId, today, random, monday.plusDays(6), SessionType.LONG, "Long run", longMinutes,
						longMinutes / 5.8, 5);
			}
		}
		log.addRace(runnerId, new TrainingLog.RaceInput(raceDay, "Riverside Marathon", 42195.0, RacePriority.A));
		log.addRace(runnerId,
				new TrainingLog.RaceInput(raceDay.minusWeeks(6), "Harbour Half Marathon", 21097.5, RacePriority.B));
	}

	private void day(RunnerId runnerId, LocalDate today, Random random, LocalDate date, SessionType type, String title,
			int minutes, double km, int rpe) {
		boolean done = date.isBefore(today);
		int actualMinutes = done ? minutes + random.nextInt(7) - 3 : minutes;
		Double distance = Math.round(km * (done ? 0.95 + random.nextDouble() * 0.1 : 1) * 1000) * 1.0;
		Double elevation = null;
		Integer heartRate = null;
		Integer effort = null;
		if (done) {
			elevation = type == SessionType.HILLS ? 180.0 : 40.0 + random.nextInt(60);
			heartRate = 135 + rpe * 4 + random.nextInt(6);
			effort = Math.max(1, Math.min(10, rpe + random.nextInt(3) - 1));
		}
		log.addSession(runnerId, new TrainingLog.SessionInput(date, done ? LocalTime.of(7, 0) : null, type,
				done ? SessionStatus.COMPLETED : SessionStatus.PLANNED, title, actualMinutes, distance, elevation,
				heartRate, effort, null));
	}

}
