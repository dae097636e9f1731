package io.runrub.planner.rules;

import java.util.List;
import java.util.Map;

/**
 * The health answers (intake question ids) that change a plan, each as the clause a sentence about the runner needs
 * ("Because you take blood thinners or have a bleeding disorder, …") — never the question's own text pasted in.
 */
final class HealthAnswers {

	private static final Map<String, String> CLAUSES = Map.ofEntries(
			// SAFE-STOP
			Map.entry("BLOOD_CLOT", "you may have a blood clot, or swelling in a calf that you cannot explain"),
			Map.entry("CHEST_PAIN", "you have chest pain, or get out of breath more easily than usual"),
			Map.entry("FEVER", "you have a fever or an illness you could pass on"),
			Map.entry("DARK_URINE", "you have had dark urine or severe muscle weakness since a very long or very hard effort"),
			Map.entry("RECENT_INJURY", "you injured an area to be massaged in the last 72 hours"),
			Map.entry("FRACTURE", "you might have a broken bone"),
			// SAFE-RESTRICT
			Map.entry("BLOOD_THINNERS", "you take blood thinners or have a bleeding disorder"),
			Map.entry("PREGNANCY", "you are pregnant"),
			Map.entry("RECENT_SURGERY", "you have had an operation in the last 6 months"),
			Map.entry("CANCER_TREATMENT", "you are having treatment for cancer, or had it in the last year"),
			Map.entry("OSTEOPOROSIS", "you have osteoporosis"),
			Map.entry("VARICOSE_VEINS", "you have varicose veins"),
			Map.entry("SKIN_CONDITION", "you have a skin condition, a rash or broken skin where you would be massaged"),
			Map.entry("HEART_CONDITION", "you have a heart condition, or high or low blood pressure"),
			Map.entry("REDUCED_SENSATION", "you have less feeling than usual in places"));

	private HealthAnswers() {
	}

	/** "you are pregnant and you have varicose veins": the answers as one clause, in the order given. */
	static String clause(List<String> questionIds) {
		List<String> clauses = questionIds.stream()
			.map(id -> CLAUSES.getOrDefault(id, "of one of your health answers"))
			.distinct()
			.toList();
		if (clauses.size() == 1) {
			return clauses.get(0);
		}
		return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
	}

}
