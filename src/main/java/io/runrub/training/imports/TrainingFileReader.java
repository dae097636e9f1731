package io.runrub.training.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;

/** Reads one kind of file. Readers are stateless and safe to share between threads. */
public interface TrainingFileReader {

	/** Whether this reader reads files of this name (by extension, e.g. ".gpx", ".tcx.gz"). */
	boolean accepts(String fileName);

	/**
	 * Reads the whole file or rejects it.
	 * @param zone the zone in which activity start instants become local dates and times
	 * @throws ImportRejected if the file is damaged, unsafe or not of this kind
	 */
	ParsedFile read(String fileName, byte[] content, ZoneId zone);

	/**
	 * Reads a file from a stream of {@code size} bytes (an upload waiting in a temporary file). This reads at most
	 * {@code maxBytes} into memory and rejects a longer stream, whatever its declared size; a reader that can work
	 * as the bytes pass overrides it.
	 */
	default ParsedFile read(String fileName, InputStream content, long size, long maxBytes, ZoneId zone)
			throws IOException {
		try {
			return read(fileName, BoundedInput.readAtMost(content, maxBytes), zone);
		}
		catch (BoundedInput.TooLarge ex) {
			throw ImportRejected.because(ex, "file-too-large", maxBytes / 1024 / 1024);
		}
	}

}
