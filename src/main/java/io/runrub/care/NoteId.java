package io.runrub.care;

/** A signed treatment note. */
public record NoteId(long value) {

	public static NoteId of(long value) {
		return new NoteId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
