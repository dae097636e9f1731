package io.runrub.runners;

import java.time.LocalDate;

import io.runrub.shared.BodyArea;

public record Complaint(BodyArea area, ComplaintKind kind, LocalDate since, int severity) {
}
