package io.runrub.planner.rules;

import java.util.List;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/** TYPE-MAINTAIN-SPORTS: regular sessions in a training block with no specific complaint → sports massage. */
public final class TrainingBlockCallsForSports implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TYPE-MAINTAIN-SPORTS", "S1", EvidenceGrade.WEAK,
			"Regular sessions during a training block, with no specific complaint: sports massage.",
			"Your massage appointments could be viewed as an integral part of your training programme.",
			"May ease soreness a little for a short time; a sports massage therapist can also tell you what they "
					+ "find in your tissues.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public TreatmentChoice choose() {
		return new TreatmentChoice(Modality.SPORTS, Pressure.FIRM, List.of(),
				List.of(INFO.reason(RuleTexts.text("planner.rule.TYPE-MAINTAIN-SPORTS.reason")).arguingFor(Modality.SPORTS)),
				List.of());
	}

}
