package io.runrub.runners;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A runner's answers to the health questions (question id → yes), their own notes for the therapist, when they last
 * answered and when they last confirmed that nothing has changed. Answering also confirms.
 */
public record Intake(Map<String, Boolean> answers, String notes, Instant answeredAt, Instant confirmedAt) {

	public Intake {
		answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

	/** True for "yes", false for "no", null when the question was not answered (it is newer than the answers). */
	public Boolean answer(String questionId) {
		return answers.get(questionId);
	}

}
