package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;

/** TIME-BEFORE-RACE: before a race, a light massage two to three days before it. */
public final class LightMassageBeforeRace implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TIME-BEFORE-RACE", "S0, S1", EvidenceGrade.WEAK,
			"Before a race, have a light massage two to three days before it.",
			"If you race coming up, schedule your massage two to three [days] before. In the immediate run up to "
					+ "your event, the work will need to be lighter in pressure.",
			"Won't make you faster and never replaces the warm-up; it can help you relax.");

	public static final Modality MODALITY = Modality.SWEDISH;

	public static final Pressure PRESSURE = Pressure.LIGHT;

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** The days it may go on, best first: three days before, then two. */
	public List<LocalDate> days(RaceDay race) {
		return List.of(race.date().minusDays(3), race.date().minusDays(2));
	}

	public Reason reason(RaceDay race, LocalDate date) {
		long before = race.date().toEpochDay() - date.toEpochDay();
		return INFO.reason(RuleTexts.text("planner.rule.TIME-BEFORE-RACE.reason", before, race.name()))
			.arguingFor(MODALITY).arguingForPressure(PRESSURE);
	}

}
