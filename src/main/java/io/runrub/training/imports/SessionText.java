package io.runrub.training.imports;

/**
 * What a session's title and notes may hold. Files are written by other apps and by people; a description can run to
 * pages, so both are trimmed to a length a screen can show.
 */
final class SessionText {

	static final int MAX_TITLE_LENGTH = 200;

	static final int MAX_NOTES_LENGTH = 4000;

	private SessionText() {
	}

	static String title(String text, String fallback) {
		String title = clip(text, MAX_TITLE_LENGTH);
		return title == null ? fallback : title;
	}

	/** Null when there is nothing to say. */
	static String notes(String text) {
		return clip(text, MAX_NOTES_LENGTH);
	}

	private static String clip(String text, int length) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.length() <= length) {
			return trimmed;
		}
		int end = length - 1;
		if (Character.isHighSurrogate(trimmed.charAt(end - 1))) {
			end--;
		}
		return trimmed.substring(0, end) + "…";
	}

}
