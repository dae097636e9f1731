package io.runrub.care.notes;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The runner-facing part of a treatment note: the feedback the therapist wrote for the runner, as it reads now, with
 * the earlier wordings if it was amended (never changed silently). Findings, techniques, pressure and tolerance are
 * clinical and not part of it.
 */
public record RunnerFeedback(long noteId, long appointmentId, ZonedDateTime appointmentStart, String therapistName,
		String serviceName, String feedback, Instant signedAt, Instant updatedAt, List<String> earlierWordings) {

	public RunnerFeedback {
		earlierWordings = List.copyOf(earlierWordings);
	}

	public boolean isUpdated() {
		return updatedAt != null;
	}

}
