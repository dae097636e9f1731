package io.runrub.planner.rules;

/**
 * What was considered for a suggestion and changed, and why ("We chose a 30-minute sports massage instead of deep
 * tissue massage: your budget for April."). Reasons say what a suggestion is; adjustments say what it is not.
 */
public record Adjustment(String rule, String text) {

	/** "We chose a sports massage instead of deep tissue massage: " and the reason that ruled it out. */
	public static Adjustment instead(io.runrub.shared.Modality chosen, io.runrub.shared.Modality considered,
			Reason why) {
		String text = why.text();
		return new Adjustment(why.rule(), RuleTexts.text("planner.instead", TreatmentChoice.named(chosen),
				TreatmentChoice.named(considered), Character.toLowerCase(text.charAt(0)) + text.substring(1)));
	}

	/** A lighter massage than the rules chose, because training load has just jumped. */
	public static Adjustment afterASpike(io.runrub.shared.Modality chosen, io.runrub.shared.Modality considered,
			String rule) {
		return new Adjustment(rule, RuleTexts.text("planner.afterASpike", TreatmentChoice.named(chosen),
				TreatmentChoice.named(considered)));
	}

}
