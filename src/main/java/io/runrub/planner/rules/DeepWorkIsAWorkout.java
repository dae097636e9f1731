package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.Optional;

import io.runrub.shared.Modality;

/** TIME-DEEP-IS-WORKOUT: deep tissue or ART never on the day before a hard session or a race. */
public final class DeepWorkIsAWorkout implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TIME-DEEP-IS-WORKOUT", "S1", EvidenceGrade.WEAK,
			"Deep tissue or ART never on the day before a hard session or a race.",
			"Deep tissue work is in essence another workout for your muscles. You are giving your body something to "
					+ "deal with and recover from.",
			"About 1 in 10 people feel sore the day after deep work.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** Why deep work may not go on the date, if it may not. */
	public Optional<Reason> forbids(LocalDate date, Modality modality, TrainingDays days) {
		if (modality != Modality.DEEP_TISSUE && modality != Modality.ART) {
			return Optional.empty();
		}
		TrainingDay next = days.on(date.plusDays(1));
		if (next.hard() || next.race()) {
			return Optional.of(INFO.reason(RuleTexts.text("planner.rule.TIME-DEEP-IS-WORKOUT.reason", next.what(),
					TrainingDays.format(next.date()))));
		}
		return Optional.empty();
	}

}
