package io.runrub.planner.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
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

	/**
	 * Training days a week as the calendar has them around the date: the days from two weeks before to two weeks
	 * after it that the calendar covers (from its first training day to its last), else all of them. Empty when the
	 * calendar covers less than two weeks of training (races and rest days do not count): the profile then says how
	 * often the runner trains.
	 */
	public OptionalInt daysPerWeekAround(LocalDate date) {
		SortedSet<LocalDate> training = new TreeSet<>();
		days.values().stream().filter(day -> !day.rest() && !day.race()).map(TrainingDay::date).forEach(training::add);
		if (training.isEmpty() || ChronoUnit.DAYS.between(training.first(), training.last()) < 13) {
			return OptionalInt.empty();
		}
		LocalDate from = date.minusDays(14).isBefore(training.first()) ? training.first() : date.minusDays(14);
		LocalDate to = date.plusDays(14).isAfter(training.last()) ? training.last() : date.plusDays(14);
		if (ChronoUnit.DAYS.between(from, to) < 13) {
			from = training.first();
			to = training.last();
		}
		long covered = ChronoUnit.DAYS.between(from, to) + 1;
		long count = training.subSet(from, to.plusDays(1)).size();
		return OptionalInt.of((int) Math.min(7, Math.round(count * 7.0 / covered)));
	}

	static String format(LocalDate date) {
		return DAY.format(date);
	}

}
