package io.runrub.runners;

import java.util.LinkedHashMap;
import java.util.Map;

/** Health answers for tests: all "no", or "no" except the questions named. */
public final class Answers {

	private Answers() {
	}

	public static Map<String, Boolean> allNo() {
		Map<String, Boolean> answers = new LinkedHashMap<>();
		IntakeQuestions.all().forEach(question -> answers.put(question.id(), false));
		return answers;
	}

	public static Map<String, Boolean> allNoBut(String... yes) {
		Map<String, Boolean> answers = allNo();
		for (String id : yes) {
			if (!answers.containsKey(id)) {
				throw new IllegalArgumentException("Not a health question: " + id);
			}
			answers.put(id, true);
		}
		return answers;
	}

}
