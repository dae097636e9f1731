package io.runrub.clinic.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.runrub.clinic.WorkingPeriod;

import org.springframework.validation.Errors;

/**
 * A therapist's weekly hours as rows of day, start and end, sent as three parallel lists (every row sends all three
 * fields, blank or not). Rows with neither a start nor an end are ignored, as are rows ticked for removal; what is
 * left replaces all the therapist's hours. Breaks are the gaps between rows of one day. A row that cannot be read gets
 * an error on its own field ({@code start[2]}), so every row's problem shows at once, next to the row.
 */
record HoursForm(List<String> day, List<String> start, List<String> end, List<String> remove) {

	/** Empty rows offered below the existing ones, so hours can be added without any script. */
	static final int EMPTY_ROWS = 4;

	/** One row as the page shows it; {@code index} is what its removal box sends. */
	record Row(int index, String day, String start, String end, boolean removed) {

		/** Public, as the template calls it (SpEL calls public methods only). */
		public boolean isBlank() {
			return start.isBlank() && end.isBlank();
		}

	}

	HoursForm {
		day = day == null ? List.of() : day;
		start = start == null ? List.of() : start;
		end = end == null ? List.of() : end;
		remove = remove == null ? List.of() : remove;
	}

	static List<Row> rowsOf(List<WorkingPeriod> periods) {
		List<Row> rows = new ArrayList<>();
		for (WorkingPeriod period : periods) {
			rows.add(new Row(rows.size(), period.dayOfWeek().name(), period.startTime().toString(),
					period.endTime().toString(), false));
		}
		return withEmptyRows(rows);
	}

	/**
	 * The rows as they were sent, in the same order, to show again with a message when they cannot be saved: the
	 * message names rows by their number.
	 */
	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			rows.add(row(i));
		}
		return rows.isEmpty() ? withEmptyRows(rows) : rows;
	}

	/** The periods the rows describe; a row that cannot be read is rejected in {@code errors} and left out. */
	List<WorkingPeriod> periods(Errors errors) {
		List<WorkingPeriod> periods = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			Row row = row(i);
			if (row.isBlank() || row.removed()) {
				continue;
			}
			Object[] number = { i + 1 };
			if (row.start().isBlank() || row.end().isBlank()) {
				errors.rejectValue((row.start().isBlank() ? "start" : "end") + "[" + i + "]", "admin.error.hours.incomplete", number,
						null);
				continue;
			}
			DayOfWeek dayOfWeek = Stream.of(DayOfWeek.values())
				.filter(d -> d.name().equals(row.day().strip()))
				.findFirst()
				.orElse(null);
			if (dayOfWeek == null) {
				errors.rejectValue("day[" + i + "]", "admin.error.hours.day", number, null);
			}
			LocalTime from = time(row.start());
			LocalTime to = time(row.end());
			if (from == null) {
				errors.rejectValue("start[" + i + "]", "admin.error.hours.time", number, null);
			}
			if (to == null) {
				errors.rejectValue("end[" + i + "]", "admin.error.hours.time", number, null);
			}
			if (dayOfWeek != null && from != null && to != null) {
				if (from.isBefore(to)) {
					periods.add(new WorkingPeriod(dayOfWeek, from, to));
				}
				else {
					errors.rejectValue("end[" + i + "]", "admin.error.hours.order", number, null);
				}
			}
		}
		return periods;
	}

	/** A time of day as a browser's time field sends it (09:30, or 09:30:00). */
	private static LocalTime time(String value) {
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private Row row(int i) {
		return new Row(i, at(day, i), at(start, i), at(end, i), remove.contains(String.valueOf(i)));
	}

	private int size() {
		return Math.max(day.size(), Math.max(start.size(), end.size()));
	}

	private static String at(List<String> values, int index) {
		return index < values.size() && values.get(index) != null ? values.get(index) : "";
	}

	private static List<Row> withEmptyRows(List<Row> rows) {
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(new Row(rows.size(), "", "", "", false));
		}
		return rows;
	}

}
