package io.runrub.runners.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeQuestions;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The health questions page's form ({@code intakeForm}): each question's answer as {@code answers[BLOOD_CLOT]} =
 * "yes" or "no", optional notes, and where to go next. A question left unanswered is an error on that question.
 */
record IntakeForm(Map<String, String> answers,
		@Size(max = Intake.MAX_NOTES, message = "{runners.intake.error.notes}") String notes, String next) {

	static final String YES = "yes";

	static final String NO = "no";

	IntakeForm {
		answers = answers == null ? Map.of() : answers;
		notes = notes == null ? "" : notes;
	}

	/** The runner's saved answers, or nothing answered yet. */
	static IntakeForm of(Intake intake, String next) {
		Map<String, String> answers = new LinkedHashMap<>();
		if (intake != null) {
			intake.answers().forEach((id, yes) -> answers.put(id, yes ? YES : NO));
		}
		return new IntakeForm(answers, intake == null ? "" : intake.notes(), next);
	}

	/** "yes", "no" or "" for a question, as the page shows it. */
	public String answer(String questionId) {
		String answer = answers.get(questionId);
		return YES.equals(answer) || NO.equals(answer) ? answer : "";
	}

	/** Marks every question not answered yes or no; with any, says at the top how many. */
	void validateAnswers(Errors errors) {
		int missing = 0;
		for (IntakeQuestion question : IntakeQuestions.all()) {
			if (answer(question.id()).isEmpty()) {
				missing++;
				errors.rejectValue("answers[" + question.id() + "]", "runners.intake.answerThis");
			}
		}
		if (missing > 0) {
			errors.reject("runners.intake.error.unanswered", new Object[] { missing }, null);
		}
	}

	/** The answers as the screening takes them, once every question is answered. */
	Map<String, Boolean> yesOrNo() {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		IntakeQuestions.all().forEach(question -> answers.put(question.id(), YES.equals(answer(question.id()))));
		return answers;
	}

}
