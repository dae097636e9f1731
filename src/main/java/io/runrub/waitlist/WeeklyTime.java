package io.runrub.waitlist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.runrub.shared.DomainException;

/** A time of the week a runner can come, on the clinic's clock: e.g. Mondays from 09:00 to 12:00. */
public record WeeklyTime(DayOfWeek dayOfWeek, LocalTime from, LocalTime to) {

	public WeeklyTime {
		Objects.requireNonNull(dayOfWeek, "dayOfWeek");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!from.isBefore(to)) {
			throw DomainException.refused("waitlist-times-reversed", from.toString(), to.toString());
		}
	}

	/** Whether an appointment from start to end (in the clinic's zone) lies inside this time. */
	boolean fits(ZonedDateTime start, ZonedDateTime end) {
		return start.getDayOfWeek() == dayOfWeek && end.toLocalDate().equals(start.toLocalDate())
				&& !start.toLocalTime().isBefore(from) && !end.toLocalTime().isAfter(to);
	}

	String stored() {
		return dayOfWeek.name() + " " + from + "-" + to;
	}

	static String stored(List<WeeklyTime> times) {
		return String.join(";", times.stream().map(WeeklyTime::stored).toList());
	}

	static List<WeeklyTime> parse(String stored) {
		List<WeeklyTime> times = new ArrayList<>();
		if (stored == null || stored.isBlank()) {
			return times;
		}
		for (String one : stored.split(";")) {
			String[] dayAndTimes = one.split(" ");
			String[] fromTo = dayAndTimes[1].split("-");
			times.add(new WeeklyTime(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(fromTo[0]),
					LocalTime.parse(fromTo[1])));
		}
		return times;
	}

}
