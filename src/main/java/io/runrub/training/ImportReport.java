package io.runrub.training;

/**
 * What happened to one imported file.
 * @param imported new sessions and races written
 * @param duplicates sessions and races already in the calendar, skipped
 * @param message what happened, in the runner's words
 * @param detail for a refused file, what exactly went wrong, in technical words (for support; may be null)
 */
public record ImportReport(String name, Status status, int imported, int duplicates, String message, String detail)
		implements java.io.Serializable {

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

}
