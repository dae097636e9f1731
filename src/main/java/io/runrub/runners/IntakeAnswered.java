package io.runrub.runners;

/** A runner answered the health questions (again); their {@link IntakeVerdict} may have changed. */
public record IntakeAnswered(long runnerId) {
}
