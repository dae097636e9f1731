package io.runrub.care.homework;

import java.time.Instant;
import java.time.LocalDate;

import io.runrub.shared.DomainException;

/**
 * The runner's honest word on one go at their homework: done, partly or not done; why not; the minutes it took; and
 * what changed, as a score and in words.
 * @param change how much better the area feels since starting the homework, 0 (no better) to 10 (completely better)
 */
public record CheckIn(Long id, long homeworkId, long runnerId, LocalDate date, CheckInStatus status,
		MissedReason reason, Integer minutes, Integer change, String text, Instant createdAt) {

	public static final int MAX_MINUTES = 300;

	public static final int MAX_TEXT_LENGTH = 1000;

	public CheckIn {
		if (status == null) {
			throw new DomainException.RuleViolation("No status", "Say whether you did it: DONE, PARTLY or NOT_DONE.");
		}
		if (status == CheckInStatus.DONE && reason != null) {
			throw new DomainException.RuleViolation("Reason not needed",
					"A reason is only for homework that was not done or only partly done.");
		}
		if (status != CheckInStatus.DONE && reason == null) {
			throw new DomainException.RuleViolation("Reason needed", "Say why it was " + status.label()
					+ ": FORGOT_HOW_IT_SHOULD_FEEL, TOO_TIME_CONSUMING, IT_HURT or OTHER. Being honest helps your therapist adapt it.");
		}
		if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
			throw new DomainException.RuleViolation("Invalid minutes",
					"Minutes are from 0 to %d.".formatted(MAX_MINUTES));
		}
		if (change != null && (change < 0 || change > 10)) {
			throw new DomainException.RuleViolation("Invalid change",
					"What changed is a score from 0 (no better) to 10 (completely better).");
		}
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new DomainException.RuleViolation("Text too long",
					"Say it in at most %d characters.".formatted(MAX_TEXT_LENGTH));
		}
	}

	/** Done or partly done: an attempt that counts towards the week. */
	public boolean attempted() {
		return status != CheckInStatus.NOT_DONE;
	}

}
