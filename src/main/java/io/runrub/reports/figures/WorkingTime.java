package io.runrub.reports.figures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.TimeWindow;

/**
 * One therapist's working time on a run of the clinic's days: the weekly hours on the clinic's clock (breaks are the
 * gaps between periods), less time off and the days the clinic is closed. Pure: everything comes in as arguments.
 */
public final class WorkingTime {

	private final Map<LocalDate, List<TimeWindow>> byDay;

	private WorkingTime(Map<LocalDate, List<TimeWindow>> byDay) {
		this.byDay = byDay;
	}

	/** The working windows of the days from..to (inclusive), day by day. */
	public static WorkingTime of(ZoneId zone, List<WorkingPeriod> weeklyHours, LocalDate from, LocalDate to,
			Set<LocalDate> closedDays, List<TimeWindow> timeOff) {
		Map<LocalDate, List<TimeWindow>> byDay = new LinkedHashMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			List<TimeWindow> windows = new ArrayList<>();
			if (!closedDays.contains(day)) {
				for (WorkingPeriod period : weeklyHours) {
					if (period.dayOfWeek() == day.getDayOfWeek()) {
						Instant start = day.atTime(period.startTime()).atZone(zone).toInstant();
						Instant end = day.atTime(period.endTime()).atZone(zone).toInstant();
						if (start.isBefore(end)) {
							windows.add(new TimeWindow(start, end));
						}
					}
				}
			}
			windows.sort(Comparator.comparing(TimeWindow::start));
			byDay.put(day, without(windows, timeOff));
		}
		return new WorkingTime(byDay);
	}

	/** The same days with the given blocks (booked appointments) taken out: the time still free. */
	public WorkingTime without(List<TimeWindow> taken) {
		Map<LocalDate, List<TimeWindow>> free = new LinkedHashMap<>();
		byDay.forEach((day, windows) -> free.put(day, without(windows, taken)));
		return new WorkingTime(free);
	}

	/** Minutes of working time on the day (0 for a day outside the run). */
	public long minutes(LocalDate day) {
		return byDay.getOrDefault(day, List.of()).stream().map(TimeWindow::duration).mapToLong(Duration::toMinutes).sum();
	}

	/** Minutes of working time on the days from..to (inclusive). */
	public long minutes(LocalDate from, LocalDate to) {
		long total = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			total += minutes(day);
		}
		return total;
	}

	/**
	 * The time at least one of the given therapists works, day by day: when the clinic is open for a room to be used.
	 */
	public static WorkingTime anyOf(List<WorkingTime> times) {
		Map<LocalDate, List<TimeWindow>> union = new LinkedHashMap<>();
		for (WorkingTime time : times) {
			time.byDay.forEach((day, windows) -> union.computeIfAbsent(day, d -> new ArrayList<>()).addAll(windows));
		}
		union.replaceAll((day, windows) -> merged(windows));
		return new WorkingTime(union);
	}

	private static List<TimeWindow> merged(List<TimeWindow> windows) {
		List<TimeWindow> sorted = new ArrayList<>(windows);
		sorted.sort(Comparator.comparing(TimeWindow::start));
		List<TimeWindow> merged = new ArrayList<>();
		for (TimeWindow window : sorted) {
			TimeWindow last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !window.start().isAfter(last.end())) {
				merged.set(merged.size() - 1,
						new TimeWindow(last.start(), window.end().isAfter(last.end()) ? window.end() : last.end()));
			}
			else {
				merged.add(window);
			}
		}
		return merged;
	}

	private static List<TimeWindow> without(List<TimeWindow> windows, List<TimeWindow> taken) {
		List<TimeWindow> remaining = windows;
		for (TimeWindow cut : taken) {
			List<TimeWindow> next = new ArrayList<>();
			for (TimeWindow window : remaining) {
				if (!window.overlaps(cut)) {
					next.add(window);
					continue;
				}
				if (window.start().isBefore(cut.start())) {
					next.add(new TimeWindow(window.start(), cut.start()));
				}
				if (cut.end().isBefore(window.end())) {
					next.add(new TimeWindow(cut.end(), window.end()));
				}
			}
			remaining = next;
		}
		return remaining;
	}

}
