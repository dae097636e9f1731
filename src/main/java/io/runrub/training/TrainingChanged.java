package io.runrub.training;

import java.time.LocalDate;

/** A runner's training changed between two days (a session or race added, moved or removed, an import landed). */
public record TrainingChanged(long runnerId, LocalDate from, LocalDate to, String what) {
}
