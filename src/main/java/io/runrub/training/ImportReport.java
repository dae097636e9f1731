package io.runrub.training;

import java.time.LocalDate;
import java.util.List;

/**
 * What happened to one imported file.
 * @param imported new sessions and races written
 * @param duplicates sessions and races already in the calendar, skipped
 * @param message what happened, in the runner's words
 * @param detail for a refused file, what exactly went wrong, in technical words (for support; may be null)
 * @param activities what was written, by date (at most {@link #LISTED}; {@code imported} counts them all)
 */
public record ImportReport(String name, Status status, int imported, int duplicates, String message, String detail,
		List<Activity> activities) implements java.io.Serializable {

	/** A report lists this many activities at most; the rest are counted. */
	public static final int LISTED = 100;

	public ImportReport {
		activities = activities == null ? List.of() : List.copyOf(activities);
	}

	public ImportReport(String name, Status status, int imported, int duplicates, String message, String detail) {
		this(name, status, imported, duplicates, message, detail, List.of());
	}

	/**
	 * One session or race the file added.
	 * @param type the session's type, or null for a race
	 * @param durationSeconds how long it took, or null when the file did not say
	 * @param title its title or the race's name (may be null)
	 */
	public record Activity(LocalDate date, SessionType type, Integer durationSeconds, String title)
			implements java.io.Serializable {

		public boolean race() {
			return type == null;
		}

		/** Its length in whole minutes, or null. */
		public Integer minutes() {
			return durationSeconds == null ? null : (int) Math.round(durationSeconds / 60.0);
		}

	}

	public enum Status {

		/** Everything in the file was new and is now in the calendar. */
		IMPORTED,
		/** Some of it was already there and was skipped; the rest is now in the calendar. */
		PARTLY_DUPLICATE,
		/** All of it was already there; nothing changed. */
		DUPLICATE,
		/** The file was refused as a whole; nothing changed. */
		REJECTED

	}

	static ImportReport rejected(String name, String message, String detail) {
		return new ImportReport(name, Status.REJECTED, 0, 0, message, detail);
	}

	public boolean wasRejected() {
		return status == Status.REJECTED;
	}

	/** How many of the imported activities are dated outside {@code from}–{@code to} (the chart's window). */
	public long outside(LocalDate from, LocalDate to) {
		return activities.stream().filter(activity -> activity.date().isBefore(from) || activity.date().isAfter(to))
			.count();
	}

	/** The earliest and latest imported dates, or null when nothing was imported. */
	public LocalDate firstDate() {
		return activities.stream().map(Activity::date).min(LocalDate::compareTo).orElse(null);
	}

	public LocalDate lastDate() {
		return activities.stream().map(Activity::date).max(LocalDate::compareTo).orElse(null);
	}

}
