package io.runrub.training.imports;

/** The whole file is refused; the message says why, in words a runner understands. */
public class ImportRejected extends RuntimeException {

	public ImportRejected(String message) {
		super(message);
	}

	public ImportRejected(String message, Throwable cause) {
		super(message, cause);
	}

}
