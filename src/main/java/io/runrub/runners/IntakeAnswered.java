package io.runrub.runners;

import io.runrub.accounts.RunnerId;

/** A runner answered the health questions (again); their {@link IntakeVerdict} may have changed. */
public record IntakeAnswered(RunnerId runnerId) {
}
