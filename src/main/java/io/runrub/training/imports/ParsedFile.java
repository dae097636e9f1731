package io.runrub.training.imports;

import java.util.List;

/** What one file holds. */
public record ParsedFile(List<ImportedSession> sessions, List<ImportedRace> races) {

	public static ParsedFile of(List<ImportedSession> sessions) {
		return new ParsedFile(sessions, List.of());
	}

	public boolean isEmpty() {
		return sessions.isEmpty() && races.isEmpty();
	}

}
