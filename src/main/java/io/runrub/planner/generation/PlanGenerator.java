package io.runrub.planner.generation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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
 * the runner's training sets, each on the best day near its target (after a hard session, on or before a rest day),
 * never inside a race window and deep work never the day before a hard session; finally the budget, month by month,
 * keeping the most important massages and saying what it leaves out.
 */
public final class PlanGenerator {

	static final int MIN_DAYS_APART = 3;

	private final AfterHardSessions afterHard = new AfterHardSessions();

	private final LightMassageBeforeRace beforeRace = new LightMassageBeforeRace();

	private final NoDeepWorkInRaceWindow raceWindow;

	private final RestDayPreferred restDay = new RestDayPreferred();

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

		List<Suggestion> suggestions = new ArrayList<>();
		suggestions.addAll(raceMassages(input, days, races, restricted));
		suggestions.addAll(regularMassages(input, days, races, restricted, suggestions, warnings));
		suggestions.sort(Comparator.comparing(Suggestion::date));
		List<Suggestion> affordable = applyBudget(input, suggestions, warnings);
		return new Plan(input.from(), input.to(), affordable, dedupe(warnings));
	}

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
			boolean restricted, List<Suggestion> fixed, List<Warning> warnings) {
		RunnerProfile profile = input.profile();
		List<Suggestion> result = new ArrayList<>();
		List<LocalDate> taken = new ArrayList<>();
		fixed.forEach(suggestion -> taken.add(suggestion.date()));
		input.booked().forEach(booked -> taken.add(booked.date()));
		boolean assessmentPlanned = false;
		LocalDate windowStart = input.from();
		int interval = frequency.intervalDays(profile.trainingDaysPerWeek(), profile.level(),
				isPeak(input, input.from()));
		LocalDate windowEnd = input.from().plusDays(Math.max(2, interval / 2));
		while (!windowStart.isAfter(input.to())) {
			LocalDate target = windowStart;
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
				placed = place(input, days, races, candidates, target, choice, interval);
				if (placed.isPresent()) {
					warnings.addAll(choice.warnings());
				}
			}
			if (placed.isPresent()) {
				Suggestion suggestion = placed.get();
				result.add(suggestion);
				taken.add(suggestion.date());
				assessmentPlanned |= suggestion.modality() == Modality.MOVEMENT_ASSESSMENT;
				interval = frequency.intervalDays(profile.trainingDaysPerWeek(), profile.level(),
						isPeak(input, suggestion.date().plusDays(7)));
				LocalDate next = suggestion.date().plusDays(interval);
				windowStart = next.minusDays(interval / 4);
				windowEnd = next.plusDays(Math.max(1, interval / 4));
			}
			else {
				windowStart = windowEnd.plusDays(1);
				windowEnd = windowStart.plusDays(Math.max(1, interval / 2));
			}
		}
		return result;
	}

	private TreatmentChoice treatment(PlanningInput input, boolean restricted, boolean assessmentPlanned) {
		RunnerProfile profile = input.profile();
		TreatmentChoice choice = null;
		if (!assessmentPlanned) {
			choice = movement.choose(input.recurringPainAreas(), input.homeworkWithoutImprovement()).orElse(null);
		}
		if (choice == null) {
			choice = injury.choose(profile.complaints(), input.today())
				.or(() -> problemArea.choose(profile.complaints()))
				.or(() -> relaxation.choose(profile.goals()))
				.orElseGet(maintenance::choose);
		}
		if (choice.modality() != Modality.MOVEMENT_ASSESSMENT) {
			choice = tolerance.apply(choice, profile.pressureTolerance());
		}
		return restrictions.apply(choice, restricted);
	}

	/** The best candidate day for the treatment: after hard work, on or before a rest day, close to the target. */
	private Optional<Suggestion> place(PlanningInput input, TrainingDays days, List<RaceDay> races,
			List<LocalDate> candidates, LocalDate target, TreatmentChoice choice, int interval) {
		Comparator<LocalDate> best = Comparator.comparingInt((LocalDate day) -> -score(day, days))
			.thenComparingLong(day -> Math.abs(ChronoUnit.DAYS.between(target, day)))
			.thenComparing(day -> day);
		TreatmentChoice treatment = choice;
		List<LocalDate> allowed = candidates.stream()
			.filter(day -> deepIsWorkout.forbids(day, choice.modality(), days).isEmpty())
			.filter(day -> raceWindow.forbids(day, choice.modality(), races).isEmpty())
			.sorted(best)
			.toList();
		if (allowed.isEmpty()) {
			LocalDate day = candidates.stream().sorted(best).findFirst().orElseThrow();
			Reason why = deepIsWorkout.forbids(day, choice.modality(), days)
				.or(() -> raceWindow.forbids(day, choice.modality(), races))
				.orElseThrow();
			treatment = choice.swap(Modality.SPORTS, Pressure.MEDIUM.atMost(choice.pressure()),
					Adjustment.instead(Modality.SPORTS, choice.modality(), why));
			allowed = candidates.stream().sorted(best).toList();
		}
		LocalDate date = allowed.get(0);
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
		reasons.add(frequency.reason(input.profile().trainingDaysPerWeek(), interval));
		TreatmentChoice withReasons = treatment.withReasons(reasons);
		return suggestion(input, date, withReasons.modality() == Modality.MOVEMENT_ASSESSMENT
				? Suggestion.Kind.ASSESSMENT : Suggestion.Kind.REGULAR, withReasons, allowed.subList(1, allowed.size()));
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
		List<Reason> reasons = new ArrayList<>(choice.reasons());
		reasons.add(bookAhead.reason());
		return Optional.of(new Suggestion(date, kind, choice.modality(), choice.pressure(), service.get().minutes(),
				service.get().serviceId(), service.get().price(), choice.focusAreas(),
				therapist(input, choice.modality()), reasons, List.copyOf(alternatives), choice.adjustments()));
	}


	/** The service of the modality closest to an hour (the longer on a tie). */
	private static Optional<PlanningInput.ServiceOption> standardService(PlanningInput input, Modality modality) {
		return input.services()
			.stream()
			.filter(service -> service.modality() == modality)
			.min(Comparator.comparingInt((PlanningInput.ServiceOption service) -> Math.abs(service.minutes() - 60))
				.thenComparing(service -> -service.minutes()));
	}

	/** The preferred therapist when they offer the modality, else the first qualified one. */
	private static TherapistId therapist(PlanningInput input, Modality modality) {
		TherapistId preferred = input.profile().preferredTherapistId();
		List<PlanningInput.TherapistOption> qualified = input.therapists()
			.stream()
			.filter(therapist -> therapist.modalities().contains(modality))
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
	private List<Suggestion> applyBudget(PlanningInput input, List<Suggestion> suggestions, List<Warning> warnings) {
		RunnerProfile profile = input.profile();
		Map<YearMonth, Money> bookedSpend = new LinkedHashMap<>();
		input.booked().forEach(booked -> bookedSpend.merge(YearMonth.from(booked.date()), booked.price(), Money::plus));
		boolean minimum = monthlyMinimum.applies(profile.trainingDaysPerWeek());
		BudgetKeepsWhatItCanPay.Outcome<Suggestion> outcome = budget.apply(
				suggestions.stream()
					.map(suggestion -> new BudgetKeepsWhatItCanPay.Wanted<>(suggestion, suggestion.date(),
							suggestion.kind().priority(), suggestion.modality(), suggestion.durationMinutes(),
							suggestion.price(),
							suggestion.focusAreas(), suggestion.kind() == Suggestion.Kind.REGULAR))
					.toList(),
				input.services()
					.stream()
					.map(service -> new BudgetKeepsWhatItCanPay.Priced(service.serviceId().value(), service.modality(),
							service.minutes(), service.price()))
					.toList(),
				bookedSpend, profile.monthlyBudget(), minimum);
		List<Suggestion> kept = new ArrayList<>();
		for (BudgetKeepsWhatItCanPay.Kept<Suggestion> decision : outcome.kept()) {
			Suggestion suggestion = decision.massage();
			Optional<BudgetKeepsWhatItCanPay.Priced> service = decision.service();
			if (service.isPresent() && service.get().modality() != suggestion.modality()) {
				BudgetKeepsWhatItCanPay.Priced sports = service.get();
				Pressure pressure = suggestion.pressure().atMost(Pressure.FIRM);
				suggestion = new Suggestion(suggestion.date(), suggestion.kind(), Modality.SPORTS, pressure,
						sports.minutes(), ServiceId.of(sports.serviceId()), sports.price(), suggestion.focusAreas(),
						therapist(input, Modality.SPORTS),
						suggestion.reasons()
							.stream()
							.filter(reason -> !reason.contradicts(Modality.SPORTS, pressure))
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
				reasons.add(reasons.size() - 1, monthlyMinimum.reason(profile.trainingDaysPerWeek()));
			}
			reasons.add(reasons.size() - 1, decision.spent());
			kept.add(suggestion.withReasons(reasons));
		}
		warnings.addAll(outcome.warnings());
		return kept;
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
