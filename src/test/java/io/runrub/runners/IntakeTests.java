package io.runrub.runners;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.runrub.shared.DomainException;
import org.junit.jupiter.api.Test;

import static io.runrub.runners.Answers.allNo;
import static io.runrub.runners.Answers.allNoBut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** New health answers answer every current question and nothing else; confirming needs complete answers. */
class IntakeTests {

	private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

	@Test
	void answeringEveryQuestionAlsoConfirms() {
		Intake intake = Intake.answered(allNoBut("PREGNANCY"), "  Due in May ", NOW);

		assertThat(intake.answers()).isEqualTo(allNoBut("PREGNANCY"));
		assertThat(intake.notes()).isEqualTo("Due in May");
		assertThat(intake.answeredAt()).isEqualTo(NOW);
		assertThat(intake.confirmedAt()).isEqualTo(NOW);
	}

	@Test
	void aQuestionLeftOutOrUnansweredIsRefused() {
		Map<String, Boolean> missing = allNo();
		missing.remove("OSTEOPOROSIS");
		Map<String, Boolean> unanswered = new LinkedHashMap<>(allNo());
		unanswered.put("FEVER", null);

		assertRefused(() -> Intake.answered(missing, null, NOW), "health-answers-incomplete");
		assertRefused(() -> Intake.answered(unanswered, null, NOW), "health-answers-incomplete");
	}

	@Test
	void anUnknownQuestionIsRefusedAndCounted() {
		Map<String, Boolean> answers = allNo();
		answers.put("FEELING_LUCKY", true);

		assertThatThrownBy(() -> Intake.answered(answers, null, NOW))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("health-question-unknown");
				assertThat(ex.args()).containsExactly(1, "“FEELING_LUCKY”");
			});
	}

	@Test
	void notesHaveALimit() {
		assertRefused(() -> Intake.answered(allNo(), "x".repeat(Intake.MAX_NOTES + 1), NOW), "intake-notes-too-long");
		assertThat(Intake.answered(allNo(), "x".repeat(Intake.MAX_NOTES), NOW).notes()).hasSize(Intake.MAX_NOTES);
	}

	@Test
	void confirmingKeepsTheAnswersAndNeedsEveryCurrentQuestion() {
		Intake answered = Intake.answered(allNo(), "notes", NOW);
		Intake confirmed = answered.confirmed(NOW.plusSeconds(60));
		assertThat(confirmed.answers()).isEqualTo(answered.answers());
		assertThat(confirmed.answeredAt()).isEqualTo(NOW);
		assertThat(confirmed.confirmedAt()).isEqualTo(NOW.plusSeconds(60));

		Map<String, Boolean> older = allNo();
		older.remove("REDUCED_SENSATION");
		assertRefused(() -> new Intake(older, null, NOW, NOW).confirmed(NOW), "health-answers-outdated");
		assertRefused(() -> Intake.requireAnswered(null), "health-answers-missing");
	}

	private static void assertRefused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.RuleViolation.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

}
