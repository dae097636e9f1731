package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.runrub.shared.Modality;

/** TIME-RACE-WINDOW: no deep tissue or ART in the last days before an A or B race (7 by default). */
public final class NoDeepWorkInRaceWindow implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TIME-RACE-WINDOW", "S1", EvidenceGrade.WEAK,
			"No deep tissue massage or ART in the last week before an A or B race.",
			"Deep tissue work is in essence another workout for your muscles.",
			"A harm-avoidance convention: deep work can leave you sore for a day or two.");

	public static final int DEFAULT_DAYS = 7;

	private final int days;

	public NoDeepWorkInRaceWindow() {
		this(DEFAULT_DAYS);
	}

	public NoDeepWorkInRaceWindow(int days) {
		this.days = days;
	}

	@Override
	public RuleInfo info() {
		return INFO;
	}

	/** The key race whose window the date falls in, if any. */
	public Optional<RaceDay> windowOf(LocalDate date, List<RaceDay> races) {
		return races.stream()
			.filter(RaceDay::isKey)
			.filter(race -> date.isBefore(race.date()) && !date.isBefore(race.date().minusDays(days)))
			.findFirst();
	}

	public boolean isDeep(Modality modality) {
		return modality.isDeep();
	}

	/** Why deep work is not allowed on the date, if it is not. */
	public Optional<Reason> forbids(LocalDate date, Modality modality, List<RaceDay> races) {
		if (!isDeep(modality)) {
			return Optional.empty();
		}
		return windowOf(date, races).map(race -> INFO.reason("No deep work in the %d days before %s."
			.formatted(days, race.name())));
	}

	/** A booked deep massage inside a race window. */
	public Optional<Warning> warnAbout(LocalDate date, Modality modality, List<RaceDay> races) {
		return forbids(date, modality, races).map(reason -> INFO.warning("Your %s on %s is inside the last %d days "
			.formatted(TreatmentChoice.named(modality), TrainingDays.format(date), days)
				+ "before %s. Consider moving it or asking for light pressure."
					.formatted(windowOf(date, races).orElseThrow().name())));
	}

	public int days() {
		return days;
	}

}
