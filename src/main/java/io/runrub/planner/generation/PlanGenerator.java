package io.runrub.planner.generation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.AfterHardSessions;
import io.runrub.planner.rules.BookAhead;
import io.runrub.planner.rules.BudgetKeepsWhatItCanPay;
import io.runrub.planner.rules.DeepWorkIsAWorkout;
import io.runrub.planner.rules.FrequencyFollowsLoad;
import io.runrub.planner.rules.InjuryCallsForArt;
import io.runrub.planner.rules.LightMassageBeforeRace;
import io.runrub.planner.rules.MonthlyMinimum;
import io.runrub.planner.rules.NoDeepWorkInRaceWindow;
import io.runrub.planner.rules.ProblemAreaCallsForDeepTissue;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.Reason;
import io.runrub.planner.rules.RecurringPainCallsForMovementAssessment;
import io.runrub.planner.rules.RelaxationCallsForSwedish;
import io.runrub.planner.rules.RestDayPreferred;
import io.runrub.planner.rules.RestrictionsLimitTreatment;
import io.runrub.planner.rules.StopAnswersBlockMassage;
import io.runrub.planner.rules.ToleranceLimitsPressure;
import io.runrub.planner.rules.TrainingBlockCallsForSports;
import io.runrub.planner.rules.TrainingDays;
import io.runrub.planner.rules.TreatmentChoice;
import io.runrub.planner.rules.Warning;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;

/**
 * Makes a plan from the rules of the catalogue. Pure: no clock, no database — the same input always gives the same
 * plan, in milliseconds.
 *
 * <p>
 * Order of work: safety first (a stop answer means no plan); then the fixed points — a light Swedish massage two to
 * three days before each A or B race, recovery one to two days after an A race; then regular massages at the interval
 * the runner's training sets (the training calendar's days a week when it holds training, else the profile's), each
 * on the best day within a few days of its target (after a hard session, on or before a rest day), never inside a
 * race window, nothing firm or deep in an A race's taper, light only in the week after it, and deep work never the day
 * before a hard session; a new injury is assessed before any ART; finally the budget, month by month, keeping the most
 * important massages and saying what it leaves out. A budget under one massage a month saves up for one every 6–8
 * weeks; when the budget leaves regular massages out, the chain is made again, spaced by what the budget pays for, so
 * that it does not leave weeks-long gaps. The next massage after a marathon or an ultra asks the post-effort health
 * question again.
 */
public final class PlanGenerator {

	static final int MIN_DAYS_APART = 3;

	private final AfterHardSessions afterHard = new AfterHardSessions();

	private final LightMassageBeforeRace beforeRace = new LightMassageBeforeRace();

	private final NoDeepWorkInRaceWindow raceWindow;

	private final RestDayPreferred restDay = new RestDayPreferred();

	private final io.runrub.planner.rules.TherapistFit therapistFit = new io.runrub.planner.rules.TherapistFit();

	private final DeepWorkIsAWorkout deepIsWorkout = new DeepWorkIsAWorkout();

	private final InjuryCallsForArt injury = new InjuryCallsForArt();

	private final ProblemAreaCallsForDeepTissue problemArea = new ProblemAreaCallsForDeepTissue();

	private final RelaxationCallsForSwedish relaxation = new RelaxationCallsForSwedish();

	private final TrainingBlockCallsForSports maintenance = new TrainingBlockCallsForSports();

	private final ToleranceLimitsPressure tolerance = new ToleranceLimitsPressure();

	private final RecurringPainCallsForMovementAssessment movement = new RecurringPainCallsForMovementAssessment();

	private final MonthlyMinimum monthlyMinimum = new MonthlyMinimum();

	private final FrequencyFollowsLoad frequency = new FrequencyFollowsLoad();

	private final BudgetKeepsWhatItCanPay budget = new BudgetKeepsWhatItCanPay();

	private final BookAhead bookAhead = new BookAhead();

	private final StopAnswersBlockMassage stop = new StopAnswersBlockMassage();

	private final RestrictionsLimitTreatment restrictions = new RestrictionsLimitTreatment();

	public PlanGenerator() {
		this(NoDeepWorkInRaceWindow.DEFAULT_DAYS);
	}

	public PlanGenerator(int raceWindowDays) {
		this.raceWindow = new NoDeepWorkInRaceWindow(raceWindowDays);
	}

	public Plan generate(PlanningInput input) {
		List<Warning> warnings = new ArrayList<>();
		Optional<Warning> stopped = stop.check(input.stopAnswers());
		if (stopped.isPresent()) {
			return new Plan(input.from(), input.to(), List.of(), List.of(stopped.get()));
		}
		RunnerProfile profile = input.profile();
		TrainingDays days = new TrainingDays(input.days());
		List<RaceDay> races = input.races().stream().sorted(Comparator.comparing(RaceDay::date)).toList();
		boolean restricted = !input.restrictions().isEmpty();
		restrictions.check(input.restrictions()).ifPresent(warnings::add);
		warnings.addAll(injury.clinicianFirst(profile.complaints()));
		if (input.spikeDays().stream().anyMatch(day -> !day.isBefore(input.today().minusDays(7)))) {
			warnings.add(frequency.spike());
		}
		for (PlanningInput.BookedMassage booked : input.booked()) {
			raceWindow.warnAbout(booked.date(), booked.modality(), races).ifPresent(warnings::add);
		}

		Budget budgetPlan = budgetPlan(input);
		List<Suggestion> fixed = raceMassages(input, days, races, restricted);
		Cadence cadence = new Cadence(0, budgetPlan.savingDays(), null);
		List<Suggestion> affordable = List.of();
		List<Warning> passWarnings = List.of();
		for (int pass = 0; pass < 2; pass++) {
			passWarnings = new ArrayList<>();
			List<Suggestion> suggestions = new ArrayList<>(fixed);
			suggestions.addAll(regularMassages(input, days, races, restricted, fixed, passWarnings, cadence));
			suggestions.sort(Comparator.comparing(Suggestion::date));
			Set<Suggestion> notDropped = Collections.newSetFromMap(new IdentityHashMap<>());
			affordable = applyBudget(input, suggestions, passWarnings, budgetPlan, notDropped);
			List<Suggestion> dropped = suggestions.stream().filter(suggestion -> !notDropped.contains(suggestion))
				.toList();
			Optional<Cadence> closer = closeGaps(input, cadence, suggestions, notDropped, dropped);
			if (closer.isEmpty()) {
				break;
			}
			cadence = closer.get();
		}
		warnings.addAll(passWarnings);
		budgetPlan.warning().ifPresent(warnings::add);
		affordable = askAgainAfterLongEfforts(input, races, affordable, warnings);
		return new Plan(input.from(), input.to(), affordable, dedupe(warnings));
	}

	/**
	 * How the chain of regular massages is spaced beyond what training asks.
	 * @param minimumDays the least days between massages, so that a budget that pays for fewer massages than training
	 * asks spreads them evenly instead of leaving a gap at the end of each month (0: none)
	 * @param savingDays days between massages while the budget saves up (0: the budget pays for one a month)
	 * @param firstNotBefore the chain's first massage (an assessment the budget saves up for) not before this day
	 */
	private record Cadence(int minimumDays, int savingDays, LocalDate firstNotBefore) {

		int interval(int training) {
			return Math.max(Math.max(training, savingDays), minimumDays);
		}

	}

	/**
	 * What the budget is: whether it pays for a massage a month or saves up, what is set aside, and the plain words
	 * about saving.
	 */
	private record Budget(boolean saving, Money setAside, int savingDays, Optional<Warning> warning) {
	}

	private Budget budgetPlan(PlanningInput input) {
		Money monthly = input.profile().monthlyBudget();
		Optional<Money> cheapest = input.services()
			.stream()
			.filter(service -> service.modality() != Modality.MOVEMENT_ASSESSMENT)
			.map(PlanningInput.ServiceOption::price)
			.min(Comparator.naturalOrder());
		if (cheapest.isEmpty() || !cheapest.get().isMoreThan(monthly)) {
			return new Budget(false, monthly, 0, Optional.empty());
		}
		int days = budget.savingDays(cheapest.get(), monthly);
		Money setAside = budget.saving(cheapest.get(), monthly);
		return new Budget(true, setAside, days,
				Optional.of(budget.savesUp(monthly, cheapest.get(), Math.round(days / 7f), setAside)));
	}

	/**
	 * When the budget left massages out, a second chain that spreads what it pays for: as many days apart as a month
	 * over the regular massages the budget paid for in its fullest month, so that the next massage falls in a month
	 * with budget left instead of leaving a 5–6-week gap; and an assessment the budget could not pay for waits until
	 * the budget has saved for it. Empty when nothing was left out.
	 */
	private Optional<Cadence> closeGaps(PlanningInput input, Cadence cadence, List<Suggestion> wanted,
			Set<Suggestion> kept, List<Suggestion> dropped) {
		if (dropped.isEmpty() || cadence.minimumDays() > 0 || cadence.firstNotBefore() != null) {
			return Optional.empty();
		}
		int minimum = 0;
		if (cadence.savingDays() == 0 && dropped.stream().anyMatch(suggestion -> suggestion.kind() == Suggestion.Kind.REGULAR)) {
			long perMonth = wanted.stream()
				.filter(kept::contains)
				.filter(suggestion -> suggestion.kind() == Suggestion.Kind.REGULAR)
				.collect(Collectors.groupingBy(suggestion -> YearMonth.from(suggestion.date()), Collectors.counting()))
				.values()
				.stream()
				.mapToLong(Long::longValue)
				.max()
				.orElse(1);
			minimum = (int) Math.ceil(DAYS_PER_MONTH / Math.max(1, perMonth));
		}
		LocalDate firstNotBefore = dropped.stream()
			.filter(suggestion -> suggestion.kind() == Suggestion.Kind.ASSESSMENT)
			.filter(suggestion -> suggestion.price().isMoreThan(input.profile().monthlyBudget()))
			.findFirst()
			.map(assessment -> input.from()
				.plusDays(daysToSave(assessment.price(), input.profile().monthlyBudget())))
			.orElse(null);
		if (minimum == 0 && firstNotBefore == null) {
			return Optional.empty();
		}
		return Optional.of(new Cadence(minimum, cadence.savingDays(), firstNotBefore));
	}

	private static final double DAYS_PER_MONTH = 365.2425 / 12;

	/** Days a monthly budget takes to save for a price (at most {@value BudgetKeepsWhatItCanPay#MAX_SAVING_WEEKS} weeks). */
	private static int daysToSave(Money price, Money monthly) {
		int most = BudgetKeepsWhatItCanPay.MAX_SAVING_WEEKS * 7;
		if (monthly.isZero()) {
			return most;
		}
		return (int) Math.min(most, Math.ceil(price.minorUnits() * DAYS_PER_MONTH / monthly.minorUnits()));
	}

	/**
	 * The next massage after a marathon or an ultra (done, or an A or B race of that distance in the plan) asks the
	 * health questions' post-effort item again, and the plan's warnings say so.
	 */
	private List<Suggestion> askAgainAfterLongEfforts(PlanningInput input, List<RaceDay> races,
			List<Suggestion> suggestions, List<Warning> warnings) {
		Map<LocalDate, String> efforts = new TreeMap<>();
		input.longEfforts().forEach(effort -> efforts.putIfAbsent(effort.date(), effort.what()));
		races.stream()
			.filter(RaceDay::isAtLeastMarathon)
			.forEach(race -> efforts.putIfAbsent(race.date(), race.name()));
		List<Suggestion> result = new ArrayList<>(suggestions);
		efforts.forEach((date, what) -> {
			for (int i = 0; i < result.size(); i++) {
				Suggestion next = result.get(i);
				if (next.date().isAfter(date)) {
					String effort = what + " on " + DAY.format(date);
					List<Reason> reasons = new ArrayList<>(next.reasons());
					reasons.add(Math.max(0, reasons.size() - 1), stop.askAgainAfter(effort));
					result.set(i, next.withReasons(reasons));
					warnings.add(stop.askAgainAfterWarning(effort, DAY.format(next.date())));
					break;
				}
			}
		});
		return result;
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private List<Suggestion> raceMassages(PlanningInput input, TrainingDays days, List<RaceDay> races,
			boolean restricted) {
		List<Suggestion> result = new ArrayList<>();
		for (RaceDay race : races) {
			if (!race.isKey()) {
				continue;
			}
			List<LocalDate> before = beforeRace.days(race)
				.stream()
				.filter(day -> inHorizon(input, day))
				.filter(day -> open(input, day, LightMassageBeforeRace.MODALITY))
				.sorted(Comparator.comparingInt((LocalDate day) -> -restDay.score(day, days)))
				.toList();
			boolean beforeBooked = input.booked().stream()
				.anyMatch(booked -> beforeRace.days(race).contains(booked.date()));
			if (!before.isEmpty() && !beforeBooked) {
				LocalDate date = before.get(0);
				List<Reason> reasons = new ArrayList<>();
				reasons.add(beforeRace.reason(race, date));
				reasons.add(relaxation.beforeRace());
				restDay.fits(date, days).ifPresent(reasons::add);
				TreatmentChoice choice = new TreatmentChoice(LightMassageBeforeRace.MODALITY,
						LightMassageBeforeRace.PRESSURE, List.of(), reasons, List.of());
				choice = restrictions.apply(choice, restricted);
				suggestion(input, date, Suggestion.Kind.BEFORE_RACE, choice, before.subList(1, before.size()))
					.ifPresent(result::add);
			}
			if (race.priority() == RacePriority.A) {
				List<LocalDate> after = List.of(race.date().plusDays(1), race.date().plusDays(2))
					.stream()
					.filter(day -> inHorizon(input, day))
					.filter(day -> open(input, day, Modality.SPORTS))
					.toList();
				boolean afterBooked = input.booked().stream()
					.anyMatch(booked -> booked.date().isAfter(race.date()) && !booked.date().isAfter(race.date().plusDays(2)));
				if (!after.isEmpty() && !afterBooked) {
					LocalDate date = after.get(0);
					List<Reason> reasons = new ArrayList<>();
					afterHard.fits(date, days).ifPresent(reasons::add);
					reasons.add(maintenance.info().reason("A light sports massage to ease soreness after " + race.name()
							+ "; nothing deep while you recover.").arguingFor(Modality.SPORTS).arguingForPressure(Pressure.LIGHT));
					TreatmentChoice choice = new TreatmentChoice(Modality.SPORTS, Pressure.LIGHT, List.of(), reasons,
							List.of());
					choice = restrictions.apply(tolerance.apply(choice, input.profile().pressureTolerance()),
							restricted);
					suggestion(input, date, Suggestion.Kind.AFTER_RACE, choice, after.subList(1, after.size()))
						.ifPresent(result::add);
				}
			}
		}
		return result;
	}

	private List<Suggestion> regularMassages(PlanningInput input, TrainingDays days, List<RaceDay> races,
			boolean restricted, List<Suggestion> fixed, List<Warning> warnings, Cadence cadence) {
		RunnerProfile profile = input.profile();
		List<Suggestion> result = new ArrayList<>();
		List<LocalDate> taken = new ArrayList<>();
		fixed.forEach(suggestion -> taken.add(suggestion.date()));
		input.booked().forEach(booked -> taken.add(booked.date()));
		boolean assessmentPlanned = false;
		int trainingDays = trainingDaysPerWeek(input, days, input.from());
		int interval = cadence.interval(
				frequency.intervalDays(trainingDays, profile.level(), isPeak(input, input.from())));
		LocalDate windowStart = input.from();
		LocalDate windowEnd = input.from().plusDays(Math.max(2, interval / 2));
		LocalDate firstTarget = cadence.firstNotBefore() != null ? cadence.firstNotBefore()
				: cadence.savingDays() > 0 ? input.from().plusDays(cadence.savingDays()) : null;
		if (firstTarget != null) {
			LocalDate due = firstTarget.isAfter(input.to()) ? input.to() : firstTarget;
			windowStart = max(input.from(), due.minusDays(frequency.leeway(interval)));
			windowEnd = due.plusDays(frequency.leeway(interval));
		}
		// massages the runner already has (booked by hand, not from this plan) take their place in the chain
		java.util.NavigableSet<LocalDate> had = new java.util.TreeSet<>();
		input.booked().forEach(massage -> had.add(massage.date()));
		input.existing().forEach(massage -> had.add(massage.date()));
		LocalDate lastBefore = had.lower(input.from());
		if (firstTarget == null && lastBefore != null && lastBefore.plusDays(interval).isAfter(windowStart)) {
			LocalDate due = lastBefore.plusDays(interval);
			windowStart = max(input.from(), due.minusDays(Math.max(frequency.leeway(interval), interval / 4)));
			windowEnd = due.plusDays(Math.max(frequency.leeway(interval), interval / 4));
		}
		LocalDate target = firstTarget != null && !firstTarget.isAfter(input.to()) ? firstTarget : windowStart;
		int leeway = firstTarget != null ? frequency.leeway(interval) : Integer.MAX_VALUE;
		boolean onGrid = false;
		// a massage due after the plan's end is the next plan's; the first one a budget saves up for is this plan's
		while (!windowStart.isAfter(input.to()) && (!target.isAfter(input.to()) || result.isEmpty() && firstTarget != null)) {
			LocalDate hadInWindow = had.ceiling(windowStart);
			if (hadInWindow != null && !hadInWindow.isAfter(windowEnd)) {
				// a massage the runner already has is this step of the chain: the next one counts from it
				target = hadInWindow.plusDays(interval);
				onGrid = false;
				leeway = frequency.leeway(interval);
				windowStart = max(hadInWindow.plusDays(1), target.minusDays(Math.max(leeway, interval / 4)));
				windowEnd = target.plusDays(Math.max(leeway, interval / 4));
				continue;
			}
			List<LocalDate> candidates = new ArrayList<>();
			for (LocalDate day = windowStart; !day.isAfter(windowEnd) && !day.isAfter(input.to()); day = day.plusDays(1)) {
				LocalDate candidate = day;
				boolean inRaceWindow = raceWindow.windowOf(candidate, races).isPresent()
						|| races.stream().anyMatch(race -> race.date().equals(candidate));
				boolean nearOther = taken.stream()
					.anyMatch(other -> Math.abs(ChronoUnit.DAYS.between(other, candidate)) < MIN_DAYS_APART);
				if (!inRaceWindow && !nearOther) {
					candidates.add(candidate);
				}
			}
			Optional<Suggestion> placed = Optional.empty();
			if (!candidates.isEmpty()) {
				TreatmentChoice choice = treatment(input, restricted, assessmentPlanned);
				placed = place(input, days, races, candidates, target, choice, interval,
						trainingDaysPerWeek(input, days, target), days.daysPerWeekAround(target).isPresent(), leeway);
				if (placed.isPresent()) {
					warnings.addAll(choice.warnings());
				}
			}
			if (placed.isPresent()) {
				Suggestion suggestion = placed.get();
				result.add(suggestion);
				taken.add(suggestion.date());
				assessmentPlanned |= suggestion.modality() == Modality.MOVEMENT_ASSESSMENT;
				interval = cadence.interval(frequency.intervalDays(trainingDaysPerWeek(input, days, suggestion.date()),
						profile.level(), isPeak(input, suggestion.date().plusDays(7))));
				// the next target counts from this one's target, not from the day chosen near it, so that preferring
				// the day after a long run does not pull every massage a few days earlier than the last
				target = (onGrid ? target : suggestion.date()).plusDays(interval);
				onGrid = cadence.minimumDays() > 0;
				// spread by the budget: evenness first, so a day either side of the target at most
				leeway = onGrid ? 1 : frequency.leeway(interval);
				windowStart = target.minusDays(Math.max(leeway, interval / 4));
				windowEnd = target.plusDays(Math.max(leeway, interval / 4));
			}
			else {
				windowStart = windowEnd.plusDays(1);
				windowEnd = windowStart.plusDays(Math.max(1, interval / 2));
				target = windowStart;
				leeway = Integer.MAX_VALUE;
				onGrid = false;
			}
		}
		return result;
	}

	/** Training days a week around the date: from the training calendar when it holds training, else the profile. */
	private static int trainingDaysPerWeek(PlanningInput input, TrainingDays days, LocalDate date) {
		return days.daysPerWeekAround(date).orElse(input.profile().trainingDaysPerWeek());
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private TreatmentChoice treatment(PlanningInput input, boolean restricted, boolean assessmentPlanned) {
		RunnerProfile profile = input.profile();
		TreatmentChoice choice = null;
		if (!assessmentPlanned) {
			choice = movement.choose(input.recurringPainAreas(), input.homeworkWithoutImprovement()).orElse(null);
		}
		boolean assessFirst = !assessmentPlanned && injury.needsAssessment(profile.complaints(), input.today());
		if (choice == null && assessFirst && sells(input, Modality.MOVEMENT_ASSESSMENT)) {
			choice = injury.assessmentFirst(profile.complaints(), input.today()).orElseThrow();
		}
		if (choice == null) {
			choice = (assessFirst ? Optional.<TreatmentChoice>empty() : injury.choose(profile.complaints(), input.today()))
				.or(() -> problemArea.choose(profile.complaints()))
				.or(() -> relaxation.choose(profile.goals()))
				.orElseGet(maintenance::choose);
		}
		choice = preferredType(input, choice);
		if (choice.modality() != Modality.MOVEMENT_ASSESSMENT) {
			choice = tolerance.apply(choice, profile.pressureTolerance());
		}
		return restrictions.apply(choice, restricted);
	}

	/**
	 * The runner's preferred massage types shape regular maintenance and relaxation (TYPE-THERAPIST-FIT: "personal
	 * preferences"); what a complaint, an injury or an assessment calls for stays, and an adjustment says so. Pressure
	 * tolerance and the health answers still apply afterwards, with their own adjustments.
	 */
	private TreatmentChoice preferredType(PlanningInput input, TreatmentChoice choice) {
		Set<Modality> preferred = input.profile().visit().preferredModalities();
		if (preferred.isEmpty() || choice.modality() == Modality.MOVEMENT_ASSESSMENT) {
			return choice;
		}
		if (preferred.contains(choice.modality())) {
			return choice.withReason(therapistFit.typeKept(choice.modality()));
		}
		Optional<Modality> wanted = preferred.stream()
			.filter(modality -> modality != Modality.MOVEMENT_ASSESSMENT && sells(input, modality))
			.sorted()
			.findFirst();
		if (wanted.isEmpty()) {
			return choice;
		}
		boolean forWellBeing = choice.reasons().stream()
			.anyMatch(reason -> reason.rule().equals(TrainingBlockCallsForSports.INFO.id())
					|| reason.rule().equals(RelaxationCallsForSwedish.INFO.id()));
		if (!forWellBeing) {
			String why = choice.reasons().isEmpty() ? "" : choice.reasons().get(0).text();
			return choice.withAdjustment(therapistFit.typeNotChosen(wanted.get(), choice.modality(), why));
		}
		Modality modality = wanted.get();
		Pressure pressure = modality.isDeep() ? Pressure.FIRM
				: modality == Modality.SWEDISH ? Pressure.MEDIUM.atMost(choice.pressure()) : choice.pressure();
		return choice.swap(modality, pressure, therapistFit.typePreferred(modality, choice.modality()))
			.withReason(therapistFit.typeKept(modality));
	}

	private static boolean sells(PlanningInput input, Modality modality) {
		return input.services().stream().anyMatch(service -> service.modality() == modality);
	}

	/** The best candidate day for the treatment: after hard work, on or before a rest day, close to the target. */
	private Optional<Suggestion> place(PlanningInput input, TrainingDays days, List<RaceDay> races,
			List<LocalDate> candidates, LocalDate target, TreatmentChoice choice, int interval, int trainingDays,
			boolean fromCalendar, int leeway) {
		// days within the leeway of the target first (so that monthly stays about every four weeks), the best of them
		// for timing; the days further out stay as alternatives for booking when the chosen day is full
		Comparator<LocalDate> best = Comparator
			.comparingInt((LocalDate day) -> Math.abs(ChronoUnit.DAYS.between(target, day)) <= leeway ? 0 : 1)
			.thenComparingInt((LocalDate day) -> -score(day, days))
			.thenComparingLong(day -> Math.abs(ChronoUnit.DAYS.between(target, day)))
			.thenComparing(day -> day);
		TreatmentChoice treatment = choice;
		List<LocalDate> allowed = candidates.stream()
			.filter(day -> deepIsWorkout.forbids(day, choice.modality(), days).isEmpty())
			.filter(day -> raceWindow.forbids(day, choice.modality(), races).isEmpty())
			.filter(day -> open(input, day, choice.modality()))
			.sorted(best)
			.toList();
		if (allowed.isEmpty()) {
			List<LocalDate> openForSports = candidates.stream()
				.filter(day -> open(input, day, Modality.SPORTS))
				.sorted(best)
				.toList();
			if (openForSports.isEmpty()) {
				// no day of the window when the runner can come and a therapist works: the chain moves on
				return Optional.empty();
			}
			LocalDate day = openForSports.get(0);
			// the true reason: when no therapist can give the massage on any day considered, that is why, whatever
			// the timing rules would also say; otherwise the rule that forbids it on this day, or that nobody can
			Reason why = candidates.stream().noneMatch(candidate -> open(input, candidate, choice.modality()))
					? notGiven(input, choice.modality(), candidates, day)
					: deepIsWorkout.forbids(day, choice.modality(), days)
						.or(() -> raceWindow.forbids(day, choice.modality(), races))
						.orElseGet(() -> notGiven(input, choice.modality(), List.of(day), day));
			treatment = choice.swap(Modality.SPORTS, Pressure.MEDIUM.atMost(choice.pressure()),
					Adjustment.instead(Modality.SPORTS, choice.modality(), why));
			allowed = openForSports;
		}
		LocalDate date = allowed.get(0);
		if (treatment.modality() != Modality.MOVEMENT_ASSESSMENT) {
			treatment = raceWindow.limit(date, treatment, races);
		}
		if (treatment.isDeep() && spikeNear(input, date)) {
			treatment = treatment.swap(Modality.SPORTS, Pressure.MEDIUM.atMost(treatment.pressure()),
					Adjustment.afterASpike(Modality.SPORTS, treatment.modality(), frequency.spikeReason().rule()));
		}
		List<Reason> reasons = new ArrayList<>();
		afterHard.fits(date, days).ifPresent(reasons::add);
		restDay.fits(date, days).ifPresent(reasons::add);
		reasons.addAll(treatment.reasons());
		if (treatment.isDeep()) {
			reasons.add(deepIsWorkout.info()
				.reason("Not the day before a hard session: deep work is a workout in itself.")
				.arguingFor(Modality.DEEP_TISSUE, Modality.ART));
		}
		reasons.add(frequency.reason(trainingDays, interval, fromCalendar));
		TreatmentChoice withReasons = treatment.withReasons(reasons);
		return suggestion(input, date, withReasons.modality() == Modality.MOVEMENT_ASSESSMENT
				? Suggestion.Kind.ASSESSMENT : Suggestion.Kind.REGULAR, withReasons, allowed.subList(1, allowed.size()));
	}

	/**
	 * Why no therapist can give the massage on these days (none of which it is open on), as truly as the clinic's
	 * data says: the clinic does not sell it, no therapist gives it, the runner avoids everyone who does, or those who
	 * do are not free when the runner can come on those days (or, when a day between them is left out of the
	 * candidates and might be open, on the day chosen).
	 */
	private Reason notGiven(PlanningInput input, Modality modality, List<LocalDate> days, LocalDate chosen) {
		if (!sells(input, modality)) {
			return therapistFit.notSold(modality);
		}
		List<PlanningInput.TherapistOption> giving = input.therapists()
			.stream()
			.filter(therapist -> therapist.modalities().contains(modality))
			.toList();
		if (giving.isEmpty()) {
			return therapistFit.noTherapistGives(modality);
		}
		if (giving.stream().allMatch(therapist -> input.profile().visit().avoids(therapist.id()))) {
			return therapistFit.onlyAvoidedGive(modality);
		}
		LocalDate first = Collections.min(days);
		LocalDate last = Collections.max(days);
		// "between" only when no day in between is open either (a day left out of the candidates might be)
		boolean noneBetween = first.datesUntil(last.plusDays(1)).noneMatch(day -> open(input, day, modality));
		return noneBetween ? therapistFit.noTherapistFree(modality, DAY.format(first), DAY.format(last))
				: therapistFit.noTherapistFree(modality, DAY.format(chosen), DAY.format(chosen));
	}

	private int score(LocalDate day, TrainingDays days) {
		return (afterHard.fits(day, days).isPresent() ? 3 : 0) + restDay.score(day, days);
	}

	private Optional<Suggestion> suggestion(PlanningInput input, LocalDate date, Suggestion.Kind kind,
			TreatmentChoice choice, List<LocalDate> alternatives) {
		Optional<PlanningInput.ServiceOption> service = standardService(input, choice.modality());
		if (service.isEmpty()) {
			return Optional.empty();
		}
		Openings openings = new Openings(input);
		Optional<Openings.Opening> opening = openings.on(date, choice.modality(), service.get().minutes());
		if (opening.isEmpty()) {
			return Optional.empty();
		}
		List<Reason> reasons = new ArrayList<>(choice.reasons());
		opening.get().fit().ifPresent(reasons::add);
		Integer preferredMinutes = input.profile().visit().preferredMinutes();
		List<Adjustment> adjustments = new ArrayList<>(choice.adjustments());
		if (preferredMinutes != null && service.get().minutes() == preferredMinutes) {
			reasons.add(therapistFit.lengthKept(preferredMinutes));
		}
		else if (preferredMinutes != null) {
			adjustments.add(therapistFit.lengthNotOffered(preferredMinutes, service.get().minutes(),
					choice.modality().displayName().toLowerCase(java.util.Locale.UK)));
		}
		String when = opening.get().inWords(openings.runnerHasAWeek());
		if (!when.isEmpty()) {
			reasons.add(bookAhead.info().reason(when));
		}
		reasons.add(bookAhead.reason());
		List<LocalDate> openAlternatives = alternatives.stream()
			.filter(day -> openings.on(day, choice.modality(), service.get().minutes()).isPresent())
			.toList();
		return Optional.of(new Suggestion(date, kind, choice.modality(), choice.pressure(), service.get().minutes(),
				service.get().serviceId(), service.get().price(), choice.focusAreas(),
				opening.get().therapist().id(), reasons, openAlternatives, adjustments));
	}

	/**
	 * Whether the massage can happen that day: the clinic is open, the runner can come and a therapist who offers the
	 * modality works then, long enough for its usual service.
	 */
	private static boolean open(PlanningInput input, LocalDate day, Modality modality) {
		return standardService(input, modality)
			.map(service -> new Openings(input).on(day, modality, service.minutes()).isPresent())
			.orElse(false);
	}


	/** The service of the modality closest to an hour (the longer on a tie). */
	private static Optional<PlanningInput.ServiceOption> standardService(PlanningInput input, Modality modality) {
		// the runner's preferred length (TYPE-THERAPIST-FIT), else an hour
		Integer preferred = input.profile().visit().preferredMinutes();
		int target = preferred == null ? 60 : preferred;
		return input.services()
			.stream()
			.filter(service -> service.modality() == modality)
			.min(Comparator.comparingInt((PlanningInput.ServiceOption service) -> Math.abs(service.minutes() - target))
				.thenComparing(service -> -service.minutes()));
	}

	/** Who gives the sports massage a budget swaps in, on the suggestion's day: its therapist if they can. */
	private static TherapistId therapistOn(PlanningInput input, Suggestion suggestion, int minutes) {
		return new Openings(input).on(suggestion.date(), Modality.SPORTS, minutes)
			.map(opening -> opening.therapist().id())
			.orElseGet(() -> therapist(input, Modality.SPORTS));
	}

	/** The preferred therapist when they offer the modality, else the first qualified one. */
	private static TherapistId therapist(PlanningInput input, Modality modality) {
		TherapistId preferred = input.profile().preferredTherapistId();
		List<PlanningInput.TherapistOption> qualified = input.therapists()
			.stream()
			.filter(therapist -> therapist.modalities().contains(modality))
			.filter(therapist -> !input.profile().visit().avoids(therapist.id()))
			.sorted(Comparator.comparingLong(therapist -> therapist.id().value()))
			.toList();
		return qualified.stream()
			.filter(therapist -> therapist.id().equals(preferred))
			.findFirst()
			.or(() -> qualified.stream().findFirst())
			.map(PlanningInput.TherapistOption::id)
			.orElse(null);
	}

	/** FREQ-BUDGET decides, month by month, what the budget keeps; the suggestions take its decisions and reasons. */
	private List<Suggestion> applyBudget(PlanningInput input, List<Suggestion> suggestions, List<Warning> warnings,
			Budget plan, Set<Suggestion> notDropped) {
		RunnerProfile profile = input.profile();
		Map<YearMonth, Money> bookedSpend = new LinkedHashMap<>();
		// what the runner has already booked counts toward each month's budget, in the horizon or before it, once
		Map<Object, PlanningInput.BookedMassage> spent = new LinkedHashMap<>();
		java.util.stream.Stream.concat(input.booked().stream(), input.existing().stream())
			.forEach(booked -> spent.putIfAbsent(booked.appointmentId() == null ? booked : booked.appointmentId(),
					booked));
		spent.values().forEach(booked -> bookedSpend.merge(YearMonth.from(booked.date()), booked.price(), Money::plus));
		int trainingDays = trainingDaysPerWeek(input, new TrainingDays(input.days()), input.from());
		boolean minimum = !plan.saving() && monthlyMinimum.applies(trainingDays);
		// a massage the runner's package still pays for costs the budget nothing. The credits go first to the
		// massages the budget alone would leave out, then to those it would pay for, by date, each of the credit's
		// service on or before its expiry (soonest to expire first); the budget then decides on the rest
		List<Suggestion> byPackage = new ArrayList<>();
		if (!input.prepaid().isEmpty()) {
			Set<Suggestion> paidByBudget = Collections.newSetFromMap(new IdentityHashMap<>());
			budgetOutcome(input, suggestions, bookedSpend, minimum, plan).kept()
				.forEach(decision -> paidByBudget.add(decision.massage()));
			List<Suggestion> byDate = suggestions.stream().sorted(Comparator.comparing(Suggestion::date)).toList();
			List<Suggestion> candidates = new ArrayList<>();
			byDate.stream().filter(suggestion -> !paidByBudget.contains(suggestion)).forEach(candidates::add);
			byDate.stream().filter(paidByBudget::contains).forEach(candidates::add);
			List<PlanningInput.Prepaid> credits = input.prepaid();
			int[] creditsLeft = credits.stream().mapToInt(PlanningInput.Prepaid::left).toArray();
			Set<Suggestion> credited = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Suggestion suggestion : candidates) {
				for (int i = 0; i < credits.size(); i++) {
					if (creditsLeft[i] > 0 && credits.get(i).serviceId().equals(suggestion.serviceId())
							&& !suggestion.date().isAfter(credits.get(i).expiresOn())) {
						creditsLeft[i]--;
						credited.add(suggestion);
						notDropped.add(suggestion);
						List<Reason> reasons = new ArrayList<>(suggestion.reasons());
						reasons.add(Math.max(0, reasons.size() - 1), budget.paidByPackage(credits.get(i).expiresOn()));
						byPackage.add(suggestion.withReasons(reasons));
						break;
					}
				}
			}
			suggestions = suggestions.stream().filter(suggestion -> !credited.contains(suggestion)).toList();
		}
		BudgetKeepsWhatItCanPay.Outcome<Suggestion> outcome = budgetOutcome(input, suggestions, bookedSpend, minimum,
				plan);
		List<Suggestion> kept = new ArrayList<>();
		for (BudgetKeepsWhatItCanPay.Kept<Suggestion> decision : outcome.kept()) {
			Suggestion suggestion = decision.massage();
			notDropped.add(suggestion);
			Optional<BudgetKeepsWhatItCanPay.Priced> service = decision.service();
			if (service.isPresent() && service.get().modality() != suggestion.modality()) {
				BudgetKeepsWhatItCanPay.Priced sports = service.get();
				Pressure pressure = suggestion.pressure().atMost(Pressure.FIRM);
				suggestion = new Suggestion(suggestion.date(), suggestion.kind(), Modality.SPORTS, pressure,
						sports.minutes(), ServiceId.of(sports.serviceId()), sports.price(), suggestion.focusAreas(),
						therapistOn(input, suggestion, sports.minutes()),
						suggestion.reasons()
							.stream()
							.filter(reason -> !reason.contradicts(Modality.SPORTS, pressure))
							.filter(reason -> !reason.rule().equals(DeepWorkIsAWorkout.INFO.id()))
							.toList(),
						suggestion.alternatives(), suggestion.adjustments())
					.withAdjustment(adjustment(decision.swapped().orElseThrow()));
			}
			else if (service.isPresent()) {
				suggestion = suggestion.withService(service.get())
					.withAdjustment(adjustment(decision.swapped().orElseThrow()));
			}
			List<Reason> reasons = new ArrayList<>(suggestion.reasons());
			if (minimum && decision.mostImportantOfMonth()) {
				reasons.add(reasons.size() - 1, monthlyMinimum.reason(trainingDays));
			}
			reasons.add(reasons.size() - 1, decision.spent());
			kept.add(suggestion.withReasons(reasons));
		}
		warnings.addAll(outcome.warnings());
		if (!byPackage.isEmpty()) {
			kept.addAll(byPackage);
			kept.sort(Comparator.comparing(Suggestion::date));
		}
		return kept;
	}

	private BudgetKeepsWhatItCanPay.Outcome<Suggestion> budgetOutcome(PlanningInput input, List<Suggestion> suggestions,
			Map<YearMonth, Money> bookedSpend, boolean minimum, Budget plan) {
		return budget.apply(
				suggestions.stream()
					.map(suggestion -> new BudgetKeepsWhatItCanPay.Wanted<>(suggestion, suggestion.date(),
							suggestion.kind().priority(), suggestion.modality(), suggestion.durationMinutes(),
							suggestion.price(), suggestion.focusAreas(), suggestion.kind() == Suggestion.Kind.REGULAR))
					.toList(),
				input.services()
					.stream()
					.map(service -> new BudgetKeepsWhatItCanPay.Priced(service.serviceId().value(), service.modality(),
							service.minutes(), service.price()))
					.toList(),
				bookedSpend, input.profile().monthlyBudget(), minimum, YearMonth.from(input.from()), plan.setAside());
	}

	private static Adjustment adjustment(Reason said) {
		return new Adjustment(said.rule(), said.text());
	}

	private static boolean inHorizon(PlanningInput input, LocalDate day) {
		return !day.isBefore(input.from()) && !day.isAfter(input.to());
	}

	private static boolean isPeak(PlanningInput input, LocalDate day) {
		return input.peakWeeks().contains(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	private static boolean spikeNear(PlanningInput input, LocalDate day) {
		return input.spikeDays().stream().anyMatch(spike -> !spike.isAfter(day) && spike.isAfter(day.minusDays(7)));
	}

	private static List<Warning> dedupe(List<Warning> warnings) {
		return List.copyOf(new LinkedHashSet<>(warnings));
	}


}
