package io.runrub.planner.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The runner's training by day; a day with nothing in it is a rest day. */
public final class TrainingDays {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private final Map<LocalDate, TrainingDay> days;

	public TrainingDays(Collection<TrainingDay> days) {
		this.days = days.stream().collect(Collectors.toMap(TrainingDay::date, Function.identity(), (a, b) -> a));
	}

	public TrainingDay on(LocalDate date) {
		return days.getOrDefault(date, TrainingDay.restDay(date));
	}

	public boolean isHard(LocalDate date) {
		return on(date).hard();
	}

	public boolean isRest(LocalDate date) {
		return on(date).rest();
	}

	/**
	 * Whether the runner entered anything (a session, a race, a day marked as rest) within this many days of the
	 * date: without that, an empty day says nothing about rest, only that nothing was entered.
	 */
	public boolean enteredAround(LocalDate date, int days) {
		return this.days.keySet()
			.stream()
			.anyMatch(day -> Math.abs(day.toEpochDay() - date.toEpochDay()) <= days);
	}

	/** The most recent hard day or race 1 to 2 days before the date, if any. */
	public Optional<TrainingDay> hardOneOrTwoDaysBefore(LocalDate date) {
		for (int back = 1; back <= 2; back++) {
			TrainingDay day = on(date.minusDays(back));
			if (day.hard() || day.race()) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

	static String format(LocalDate date) {
		return DAY.format(date);
	}

}
