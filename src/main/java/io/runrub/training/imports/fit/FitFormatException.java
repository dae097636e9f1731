package io.runrub.training.imports.fit;

/** Thrown when bytes are not a FIT file, or a damaged or truncated one. The message is meant for people. */
public final class FitFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean nearEnd;

	public FitFormatException(String message) {
		this(message, false);
	}

	/** @param nearEnd the file is cut short or has bytes after its end: damaged near the end, e.g. by a copy */
	public FitFormatException(String message, boolean nearEnd) {
		super(message);
		this.nearEnd = nearEnd;
	}

	/** True when the damage is at the end of the file: cut short, or followed by bytes that are not FIT. */
	public boolean nearEnd() {
		return nearEnd;
	}
}
