package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;

/**
 * TIME-RACE-WINDOW: no deep tissue or ART in the last days before an A or B race (7 by default). Before an A race the
 * window is the taper: no firm or deep work in the last {@value #MARATHON_TAPER_DAYS} days before a marathon (or
 * longer), {@value #HALF_TAPER_DAYS} before a half marathon; and after an A race of a half marathon or more, light
 * pressure only for {@value #RECOVERY_DAYS} days while the runner recovers.
 */
public final class NoDeepWorkInRaceWindow implements CatalogueRule {

	public static final RuleInfo INFO = new RuleInfo("TIME-RACE-WINDOW", "S1", EvidenceGrade.WEAK,
			"No deep tissue massage or ART in the last week before an A or B race; nothing firm or deep in the last "
					+ "10 days before an A marathon (7 before a half), and light pressure only in the week after it.",
			"Deep tissue work is in essence another workout for your muscles.",
			"A harm-avoidance convention: deep work can leave you sore for a day or two.");

	public static final int DEFAULT_DAYS = 7;

	/** The taper before an A marathon (or longer): no firm or deep work. */
	public static final int MARATHON_TAPER_DAYS = 10;

	/** The taper before an A half marathon: no firm or deep work. */
	public static final int HALF_TAPER_DAYS = 7;

	/** Light pressure only this many days after an A race of a half marathon or more. */
	public static final int RECOVERY_DAYS = 7;

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
			.filter(race -> date.isBefore(race.date()) && !date.isBefore(race.date().minusDays(daysBefore(race))))
			.findFirst();
	}

	/** Days before the race that no deep work goes in: the taper of an A race, else the configured window. */
	public int daysBefore(RaceDay race) {
		if (race.priority() == RacePriority.A && race.isAtLeastMarathon()) {
			return Math.max(days, MARATHON_TAPER_DAYS);
		}
		if (race.priority() == RacePriority.A && race.isAtLeastHalfMarathon()) {
			return Math.max(days, HALF_TAPER_DAYS);
		}
		return days;
	}

	/** The A race (a half marathon or more) whose taper the date falls in: no firm pressure either. */
	public Optional<RaceDay> taperOf(LocalDate date, List<RaceDay> races) {
		return races.stream()
			.filter(race -> race.priority() == RacePriority.A && race.isAtLeastHalfMarathon())
			.filter(race -> date.isBefore(race.date()) && !date.isBefore(race.date().minusDays(daysBefore(race))))
			.findFirst();
	}

	/** The A race (a half marathon or more) the runner is still recovering from on the date, if any. */
	public Optional<RaceDay> recoveryOf(LocalDate date, List<RaceDay> races) {
		return races.stream()
			.filter(race -> race.priority() == RacePriority.A && race.isAtLeastHalfMarathon())
			.filter(race -> date.isAfter(race.date()) && !date.isAfter(race.date().plusDays(RECOVERY_DAYS)))
			.findFirst();
	}

	/**
	 * The treatment as the race allows it on the date: in the taper, nothing deep and nothing firmer than medium; in
	 * the week after, light pressure only. Unchanged outside both, or when it is already gentle enough.
	 */
	public TreatmentChoice limit(LocalDate date, TreatmentChoice choice, List<RaceDay> races) {
		Optional<RaceDay> recovering = recoveryOf(date, races);
		if (recovering.isPresent() && (choice.isDeep() || choice.pressure().compareTo(Pressure.LIGHT) > 0)) {
			return choice.swap(choice.isDeep() ? Modality.SPORTS : choice.modality(), Pressure.LIGHT,
					new Adjustment(INFO.id(), RuleTexts.text("planner.recovery", recovering.get().name())));
		}
		Optional<RaceDay> taper = taperOf(date, races);
		if (taper.isPresent() && (choice.isDeep() || choice.pressure().compareTo(Pressure.MEDIUM) > 0)) {
			return choice.swap(choice.isDeep() ? Modality.SPORTS : choice.modality(),
					Pressure.MEDIUM.atMost(choice.pressure()),
					new Adjustment(INFO.id(), RuleTexts.text("planner.taper", daysBefore(taper.get()),
							taper.get().name())));
		}
		return choice;
	}

	public boolean isDeep(Modality modality) {
		return modality.isDeep();
	}

	/** Why deep work is not allowed on the date, if it is not. */
	public Optional<Reason> forbids(LocalDate date, Modality modality, List<RaceDay> races) {
		if (!isDeep(modality)) {
			return Optional.empty();
		}
		return windowOf(date, races).map(race -> INFO
			.reason(RuleTexts.text("planner.rule.TIME-RACE-WINDOW.reason", daysBefore(race), race.name())));
	}

	/** A booked deep massage inside a race window. */
	public Optional<Warning> warnAbout(LocalDate date, Modality modality, List<RaceDay> races) {
		return windowOf(date, races).filter(race -> isDeep(modality))
			.map(race -> INFO.warning(RuleTexts.text("planner.rule.TIME-RACE-WINDOW.warning",
					TreatmentChoice.named(modality), TrainingDays.format(date), daysBefore(race), race.name())));
	}

	public int days() {
		return days;
	}

}
