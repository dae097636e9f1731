package io.runrub.training;

import java.time.LocalDate;

import io.runrub.accounts.RunnerId;

/** A runner's training changed between two days (a session or race added, moved or removed, an import landed). */
public record TrainingChanged(RunnerId runnerId, LocalDate from, LocalDate to, String what) {
}
