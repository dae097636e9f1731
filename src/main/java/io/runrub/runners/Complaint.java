package io.runrub.runners;

import java.time.LocalDate;

import io.runrub.shared.BodyArea;

/**
 * Something that bothers a runner: where, what, since when (roughly) and how much, from 0 (not at all) to 10 (the
 * worst they can imagine). {@link RunnerProfiles#save} checks the values.
 */
public record Complaint(BodyArea area, ComplaintKind kind, LocalDate since, int severity) {

	public static final int MAX_SEVERITY = 10;

}
