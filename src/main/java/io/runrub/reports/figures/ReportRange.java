package io.runrub.reports.figures;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * The clinic's days a report covers, from..to inclusive: never reversed and never longer than a year, so that every
 * report reads a bounded number of rows. A refusal names the field to change.
 */
public record ReportRange(LocalDate from, LocalDate to) {

	public ReportRange {
		if (from == null) {
			throw new ReportRangeRefused("from", "report-range-missing");
		}
		if (to == null) {
			throw new ReportRangeRefused("to", "report-range-missing");
		}
		if (to.isBefore(from)) {
			throw new ReportRangeRefused("to", "report-range-reversed", from.toString(), to.toString());
		}
		if (to.isAfter(from.plusYears(1))) {
			throw new ReportRangeRefused("to", "report-range-too-long", from.plusYears(1).toString());
		}
	}

	/** The first instant of {@code from} on the clinic's clock. */
	public Instant start(ZoneId zone) {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The first instant after {@code to} on the clinic's clock. */
	public Instant end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The ISO week a day belongs to, as {@code 2026-W13}. */
	public static String isoWeek(LocalDate day) {
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/** The Monday of the ISO week a day belongs to. */
	public static LocalDate weekStart(LocalDate day) {
		return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
	}

	/** A refused range: the field to change, the code of the words that say why, and their arguments. */
	public static final class ReportRangeRefused extends RuntimeException {

		private final String field;

		private final String code;

		private final transient Object[] args;

		ReportRangeRefused(String field, String code, Object... args) {
			super(code);
			this.field = field;
			this.code = code;
			this.args = args;
		}

		public String field() {
			return field;
		}

		public String code() {
			return code;
		}

		public Object[] args() {
			return args.clone();
		}

	}

}
