package io.runrub.clinic.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.runrub.clinic.WorkingPeriod;

/**
 * A therapist's weekly hours as rows of day, start and end, sent as three parallel lists (every row sends all three
 * fields, blank or not). Rows with neither a start nor an end are ignored, as are rows ticked for removal; what is
 * left replaces all the therapist's hours. Breaks are the gaps between rows of one day.
 */
record HoursForm(List<String> day, List<String> start, List<String> end, List<String> remove) {

	/** Empty rows offered below the existing ones, so hours can be added without any script. */
	static final int EMPTY_ROWS = 4;

	/** One row as the page shows it; {@code index} is what its removal box sends. */
	record Row(int index, String day, String start, String end, boolean removed) {

		/** Public, as the template calls it (SpEL calls public methods only). */
		public boolean isBlank() {
			return FormValues.isBlank(start) && FormValues.isBlank(end);
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

	List<WorkingPeriod> periods() {
		List<WorkingPeriod> periods = new ArrayList<>();
		for (int i = 0; i < size(); i++) {
			Row row = row(i);
			if (row.isBlank() || row.removed()) {
				continue;
			}
			int number = i + 1;
			if (FormValues.isBlank(row.start()) || FormValues.isBlank(row.end())) {
				throw new InvalidInput("admin.error.hours.incomplete", number);
			}
			DayOfWeek dayOfWeek = Stream.of(DayOfWeek.values())
				.filter(d -> d.name().equals(row.day().strip()))
				.findFirst()
				.orElseThrow(() -> new InvalidInput("admin.error.hours.day", number));
			LocalTime from = FormValues.time(row.start());
			LocalTime to = FormValues.time(row.end());
			if (from == null || to == null) {
				throw new InvalidInput("admin.error.hours.time", number);
			}
			periods.add(new WorkingPeriod(dayOfWeek, from, to));
		}
		return periods;
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
