package io.runrub.planner.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/**
 * TYPE-REFER-MOVEMENT: pain in the same area across 3 or more check-ins or notes, or homework done without
 * improvement → a movement assessment.
 */
public final class RecurringPainCallsForMovementAssessment implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TYPE-REFER-MOVEMENT", "S0, S1", EvidenceGrade.WEAK,
			"Pain in the same area in 3 or more check-ins or notes, or homework done without improvement: a "
					+ "movement assessment.",
			"Consult a movement therapist. They can help you identify issues and fix the movement patterns that "
					+ "might be the culprit behind your pain.",
			"Sensible practice; no trials of massage referral pathways.");

	public static final int RECURRING = 3;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	public Optional<TreatmentChoice> choose(Set<BodyArea> recurringPainAreas, boolean homeworkWithoutImprovement) {
		if (recurringPainAreas.isEmpty() && !homeworkWithoutImprovement) {
			return Optional.empty();
		}
		String why = recurringPainAreas.isEmpty()
				? RuleTexts.text("planner.rule.TYPE-REFER-MOVEMENT.homework")
				: RuleTexts.text(recurringPainAreas.size() == 1 ? "planner.rule.TYPE-REFER-MOVEMENT.place"
						: "planner.rule.TYPE-REFER-MOVEMENT.places",
						String.join(", ", recurringPainAreas.stream().map(BodyArea::inSentence).sorted().toList()));
		return Optional.of(new TreatmentChoice(Modality.MOVEMENT_ASSESSMENT, Pressure.LIGHT,
				List.copyOf(recurringPainAreas),
				List.of(INFO.reason(RuleTexts.text("planner.rule.TYPE-REFER-MOVEMENT.reason", why))
					.arguingFor(Modality.MOVEMENT_ASSESSMENT)),
				List.of()));
	}

}
