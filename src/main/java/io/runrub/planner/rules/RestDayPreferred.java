package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.Optional;

/** TIME-REST-DAY: prefer a rest day, or after the workout on the day before a rest day. */
public final class RestDayPreferred implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TIME-REST-DAY", "S1", EvidenceGrade.WEAK,
			"Prefer a rest day, or after your workout on the day before a rest day.",
			"Consider booking your massage for your rest day or after your workout on the day before your rest day.",
			"No proven best day; this keeps any soreness away from hard training.");

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** Training entered this close to a day makes an empty day a rest day; with none, nothing is claimed. */
	static final int KNOWN_WEEK = 6;

	/**
	 * Why the day fits, when it does. A day is called a rest day only when the runner entered training around it:
	 * with nothing entered for that week, an empty day is not known to be a rest day.
	 */
	public Optional<Reason> fits(LocalDate date, TrainingDays days) {
		if (!days.enteredAround(date, KNOWN_WEEK)) {
			return Optional.empty();
		}
		if (days.isRest(date)) {
			return Optional.of(INFO.reason(RuleTexts.text("planner.rule.TIME-REST-DAY.rest", TrainingDays.format(date))));
		}
		if (days.isRest(date.plusDays(1))) {
			return Optional.of(INFO.reason(RuleTexts.text("planner.rule.TIME-REST-DAY.before",
					TrainingDays.format(date.plusDays(1)))));
		}
		return Optional.empty();
	}

	/** How well the date fits: 2 for a rest day, 1 for the day before one, else 0. */
	public int score(LocalDate date, TrainingDays days) {
		return days.isRest(date) ? 2 : days.isRest(date.plusDays(1)) ? 1 : 0;
	}

}
