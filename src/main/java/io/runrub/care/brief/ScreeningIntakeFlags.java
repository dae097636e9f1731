package io.runrub.care.brief;

import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;

import org.springframework.stereotype.Component;

/** The brief's health line, from the runner's answers to the health questions. */
@Component
class ScreeningIntakeFlags implements IntakeFlags {

	private final IntakeScreening screening;

	ScreeningIntakeFlags(IntakeScreening screening) {
		this.screening = screening;
	}

	@Override
	public Summary forRunner(RunnerId runnerId) {
		IntakeVerdict verdict = screening.verdict(runnerId);
		return Summary.of(verdict.answered(), flags(verdict.stops()), flags(verdict.restrictions()));
	}

	private static List<Flag> flags(List<IntakeQuestion> questions) {
		return questions.stream().map(question -> new Flag(question.id(), question.text(), question.tier().name()))
			.toList();
	}

}
