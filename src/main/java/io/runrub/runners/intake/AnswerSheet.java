package io.runrub.runners.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeQuestions;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A runner's health answers as they are stored: the sheet and its answers keyed by the question's stable id, saved
 * and loaded whole by Spring Data JDBC. Its rules live on {@link Intake}, which is what the rest of the application
 * sees.
 */
public record AnswerSheet(@Id Long runnerId, @Version Integer version, String notes, Instant answeredAt,
		Instant confirmedAt, @MappedCollection Map<String, SheetAnswer> answers) {

	/** The answer to one question: yes or no. */
	public record SheetAnswer(boolean answerYes) {
	}

	/** What is stored of these answers, replacing {@code before} (null: the runner's first). */
	public static AnswerSheet of(long runnerId, Intake intake, AnswerSheet before) {
		Map<String, SheetAnswer> answers = new LinkedHashMap<>();
		intake.answers().forEach((id, yes) -> answers.put(id, new SheetAnswer(yes)));
		return new AnswerSheet(runnerId, before == null ? null : before.version(), intake.notes(),
				intake.answeredAt(), intake.confirmedAt(), answers);
	}

	/** The answers as the application sees them: in the order of the questions, without questions since removed. */
	public Intake intake() {
		Map<String, Boolean> ordered = new LinkedHashMap<>();
		for (IntakeQuestion question : IntakeQuestions.all()) {
			SheetAnswer answer = answers.get(question.id());
			if (answer != null) {
				ordered.put(question.id(), answer.answerYes());
			}
		}
		return new Intake(ordered, notes, answeredAt, confirmedAt);
	}

}
