package io.runrub.runners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.runrub.shared.DomainException;

/**
 * A runner's answers to the health questions (question id → yes), their own notes for the therapist, when they last
 * answered and when they last confirmed that nothing has changed. Answering also confirms. New answers are made with
 * {@link #answered}, which refuses unknown questions, unanswered ones and notes that are too long; saved answers may
 * lack a question added since.
 */
public record Intake(Map<String, Boolean> answers, String notes, Instant answeredAt, Instant confirmedAt) {

	public static final int MAX_NOTES = 2000;

	public Intake {
		answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

	/**
	 * A runner's answers to every current question, given now.
	 * @throws DomainException.RuleViolation if a question is not answered, an id is not a question, or the notes are
	 * too long
	 */
	public static Intake answered(Map<String, Boolean> answers, String notes, Instant now) {
		Map<String, Boolean> given = answers == null ? Map.of() : answers;
		TreeSet<String> unknown = new TreeSet<>();
		for (String id : given.keySet()) {
			if (id == null || IntakeQuestions.byId(id).isEmpty()) {
				unknown.add(String.valueOf(id));
			}
		}
		if (!unknown.isEmpty()) {
			throw DomainException.refused("health-question-unknown", unknown.size(),
					unknown.stream().map(id -> "“" + id + "”").collect(Collectors.joining(", ")));
		}
		Map<String, Boolean> complete = new LinkedHashMap<>();
		List<IntakeQuestion> missing = new ArrayList<>();
		for (IntakeQuestion question : IntakeQuestions.all()) {
			Boolean yes = given.get(question.id());
			if (yes == null) {
				missing.add(question);
			}
			else {
				complete.put(question.id(), yes);
			}
		}
		if (!missing.isEmpty()) {
			throw DomainException.refused("health-answers-incomplete",
					missing.stream().map(q -> "“" + q.text() + "”").collect(Collectors.joining(" ")));
		}
		String text = notes == null || notes.isBlank() ? null : notes.strip();
		if (text != null && text.length() > MAX_NOTES) {
			throw DomainException.refused("intake-notes-too-long", MAX_NOTES);
		}
		return new Intake(complete, text, now, now);
	}

	/**
	 * The same answers, confirmed now as still holding ("anything changed since last time?").
	 * @throws DomainException.RuleViolation if a current question has no answer
	 */
	public Intake confirmed(Instant now) {
		requireAnswered(this);
		return new Intake(answers, notes, answeredAt, now);
	}

	/**
	 * Refuses unless every current question has an answer (null: never answered).
	 * @throws DomainException.RuleViolation naming whether the runner never answered or there are new questions
	 */
	static void requireAnswered(Intake intake) {
		if (intake == null) {
			throw DomainException.refused("health-answers-missing");
		}
		if (!IntakeVerdict.of(intake).answered()) {
			throw DomainException.refused("health-answers-outdated");
		}
	}

	/** True for "yes", false for "no", null when the question was not answered (it is newer than the answers). */
	public Boolean answer(String questionId) {
		return answers.get(questionId);
	}

}
