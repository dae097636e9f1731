package io.runrub.training.imports.fit;

/** Thrown when bytes are not a FIT file, or a damaged or truncated one. The message is meant for people. */
public final class FitFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FitFormatException(String message) {
		super(message);
	}
}
