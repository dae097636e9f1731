package io.runrub.planner.rules;

import java.util.List;

/**
 * The health answers (intake question ids) that change a plan, each as the clause a sentence about the runner needs
 * ("Because you take blood thinners or have a bleeding disorder, …") — never the question's own text pasted in. The
 * clauses are in messages.properties as {@code planner.health.<question id>}.
 */
final class HealthAnswers {

	private HealthAnswers() {
	}

	/** "you are pregnant and you have varicose veins": the answers as one clause, in the order given. */
	static String clause(List<String> questionIds) {
		List<String> clauses = questionIds.stream()
			.map(id -> RuleTexts.has("planner.health." + id) ? RuleTexts.text("planner.health." + id)
					: RuleTexts.text("planner.health.unknown"))
			.distinct()
			.toList();
		if (clauses.size() == 1) {
			return clauses.get(0);
		}
		return RuleTexts.text("planner.list.and", String.join(", ", clauses.subList(0, clauses.size() - 1)),
				clauses.get(clauses.size() - 1));
	}

}
