package io.runrub.planner.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.VisitTiming;
import io.runrub.planner.rules.AfterHardSessions;
import io.runrub.planner.rules.DeepWorkIsAWorkout;
import io.runrub.planner.rules.LightMassageBeforeRace;
import io.runrub.planner.rules.NoDeepWorkInRaceWindow;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.RestDayPreferred;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.planner.rules.TrainingDays;
import io.runrub.shared.Modality;
import io.runrub.training.TrainingCalendar;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking pages' labels for each day, from the planner's timing rules on the runner's own training: the same
 * rules that place the plan's massages (TIME-RACE-WINDOW, TIME-BEFORE-RACE, TIME-DEEP-IS-WORKOUT, TIME-AFTER-HARD,
 * TIME-REST-DAY), asked in that order so that a reason to hold back wins over a reason to come. The rules decide; this
 * class only picks the short words for what they decided ({@code timing.*} in messages.properties).
 */
@Component
@Transactional(readOnly = true)
class TrainingVisitTiming implements VisitTiming {

	private final TrainingCalendar training;

	private final MessageSourceAccessor messages;

	private final NoDeepWorkInRaceWindow raceWindow = new NoDeepWorkInRaceWindow();

	private final LightMassageBeforeRace beforeRace = new LightMassageBeforeRace();

	private final DeepWorkIsAWorkout deepIsWorkout = new DeepWorkIsAWorkout();

	private final AfterHardSessions afterHard = new AfterHardSessions();

	private final RestDayPreferred restDay = new RestDayPreferred();

	TrainingVisitTiming(TrainingCalendar training, MessageSourceAccessor messages) {
		this.training = training;
		this.messages = messages;
	}

	@Override
	public Map<LocalDate, Label> labels(RunnerId runner, Modality modality, LocalDate from, LocalDate to) {
		// a week either side: the rules look back two days (after hard), ahead one (deep before hard) and the rest
		// day rule looks for training within six days
		TrainingDays days = new TrainingDays(
				PlanGeneration.trainingDays(training.effectiveSessions(runner, from.minusDays(7), to.plusDays(7))));
		List<RaceDay> races = training
			.races(runner, from.minusDays(NoDeepWorkInRaceWindow.RECOVERY_DAYS + 1),
					to.plusDays(NoDeepWorkInRaceWindow.MARATHON_TAPER_DAYS + 1))
			.stream()
			.map(race -> new RaceDay(race.date(), race.name(), race.priority(), race.distanceMeters()))
			.toList();
		Map<LocalDate, Label> labels = new LinkedHashMap<>();
		from.datesUntil(to.plusDays(1))
			.forEach(date -> label(date, modality, days, races).ifPresent(label -> labels.put(date, label)));
		return labels;
	}

	Optional<Label> label(LocalDate date, Modality modality, TrainingDays days, List<RaceDay> races) {
		Optional<RaceDay> raceDay = races.stream().filter(race -> race.date().equals(date)).findFirst();
		if (raceDay.isPresent()) {
			return notIdeal("timing.raceDay", raceDay.get().name());
		}
		if (raceWindow.forbids(date, modality, races).isPresent()) {
			RaceDay race = raceWindow.windowOf(date, races).orElseThrow();
			return notIdeal("timing.raceWindow.deep", race.date().toEpochDay() - date.toEpochDay(), race.name());
		}
		Optional<RaceDay> recovering = raceWindow.recoveryOf(date, races);
		if (recovering.isPresent()) {
			return note("timing.recovery", recovering.get().name());
		}
		Optional<RaceDay> before = races.stream()
			.filter(RaceDay::isKey)
			.filter(race -> beforeRace.days(race).contains(date))
			.findFirst();
		if (before.isPresent()) {
			return good("timing.beforeRace", before.get().date().toEpochDay() - date.toEpochDay(),
					before.get().name());
		}
		Optional<RaceDay> window = raceWindow.windowOf(date, races);
		if (window.isPresent()) {
			return note("timing.raceWeek", window.get().name());
		}
		if (deepIsWorkout.forbids(date, modality, days).isPresent()) {
			return notIdeal("timing.deepBeforeHard", days.on(date.plusDays(1)).what());
		}
		if (afterHard.fits(date, days).isPresent()) {
			TrainingDay hard = days.hardOneOrTwoDaysBefore(date).orElseThrow();
			return good(date.minusDays(1).equals(hard.date()) ? "timing.dayAfterHard" : "timing.twoDaysAfterHard",
					hard.what());
		}
		if (restDay.fits(date, days).isPresent()) {
			return good(days.isRest(date) ? "timing.restDay" : "timing.beforeRestDay");
		}
		return Optional.empty();
	}

	private Optional<Label> good(String key, Object... args) {
		return Optional.of(new Label(Tone.GOOD, messages.getMessage(key, args)));
	}

	private Optional<Label> note(String key, Object... args) {
		return Optional.of(new Label(Tone.NOTE, messages.getMessage(key, args)));
	}

	private Optional<Label> notIdeal(String key, Object... args) {
		return Optional.of(new Label(Tone.NOT_IDEAL, messages.getMessage(key, args)));
	}

}
