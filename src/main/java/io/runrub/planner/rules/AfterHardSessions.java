package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.Optional;

/** TIME-AFTER-HARD: the ideal time is one to two days after a hard workout or a race. */
public final class AfterHardSessions implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TIME-AFTER-HARD", "S0", EvidenceGrade.WEAK,
			"Ideally have a massage one to two days after a hard workout or a race.",
			"In general, the ideal time to get a massage is one to two days after a hard workout or race.",
			"No proven best day; effects are short-lived whenever you have it.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** The reason the date fits, if a hard session or race was one or two days before it. */
	public Optional<Reason> fits(LocalDate date, TrainingDays days) {
		return days.hardOneOrTwoDaysBefore(date).map(hard -> {
			long gap = date.toEpochDay() - hard.date().toEpochDay();
			return INFO.reason(RuleTexts.text(gap == 1 ? "planner.rule.TIME-AFTER-HARD.dayAfter"
					: "planner.rule.TIME-AFTER-HARD.twoDaysAfter", hard.what(), TrainingDays.format(hard.date())));
		});
	}

}
