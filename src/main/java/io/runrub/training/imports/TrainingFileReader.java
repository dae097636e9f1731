package io.runrub.training.imports;

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

}
