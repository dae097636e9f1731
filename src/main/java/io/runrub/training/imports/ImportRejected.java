package io.runrub.training.imports;

import java.util.Arrays;

/**
 * The whole file is refused. Its words for the runner live in {@code messages.properties} as
 * {@code import.rejected.<code>} (with {@link #args()}); {@link #getMessage()} is the technical detail, for logs.
 */
public class ImportRejected extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	private ImportRejected(String code, Object[] args, Throwable cause) {
		super(code + (args.length == 0 ? "" : " " + Arrays.toString(args))
				+ (cause == null ? "" : ": " + cause.getMessage()), cause);
		this.code = code;
		this.args = args;
	}

	/** The file is refused for the reason {@code code}, worded with {@code args}. */
	public static ImportRejected because(String code, Object... args) {
		return new ImportRejected(code, args, null);
	}

	/** As {@link #because}, keeping what went wrong underneath as the technical detail. */
	public static ImportRejected because(Throwable cause, String code, Object... args) {
		return new ImportRejected(code, args, cause);
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

	/** The key of the runner's words in {@code messages.properties}. */
	public String messageKey() {
		return "import.rejected." + code;
	}

}
