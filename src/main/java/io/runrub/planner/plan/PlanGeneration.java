package io.runrub.planner.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanHorizon;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.generation.Suggestion;
import io.runrub.booking.Slot;
import io.runrub.planner.rules.DeepWorkIsAWorkout;
import io.runrub.planner.rules.LightMassageBeforeRace;
import io.runrub.planner.rules.NoDeepWorkInRaceWindow;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.StopAnswersBlockMassage;
import io.runrub.planner.spi.CareSignals;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.planner.rules.Warning;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.ProfileKeeping;
import io.runrub.shared.DomainException;
import io.runrub.shared.Money;
import io.runrub.training.DailyLoad;
import io.runrub.training.RacePriority;
import io.runrub.training.SessionType;
import io.runrub.training.SessionView;
import io.runrub.training.TrainingCalendar;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a runner's plan: gathers the profile, intake, training, races, load, the clinic's services and therapists
 * and the massages already booked; lets the pure generator decide; stores the result as the runner's current plan.
 */
@Component
public class PlanGeneration {

	/** A plan may run to 7 days after the last A or B race if that race is at most this far ahead. */
	static final int MAX_RACE_WEEKS = 26;

	static final int MAX_DAYS = 400;

	private final ProfileKeeping profiles;

	private final IntakeScreening screening;

	private final TrainingCalendar training;

	private final ClinicCatalog catalog;

	private final AppointmentCalendar appointments;

	private final PlannedMassages planned;

	private final Clock clock;

	private final ObjectProvider<CareSignals> care;

	private final PlanGenerator generator = new PlanGenerator();

	private final MoveProposals proposals;

	private final MessageSourceAccessor messages;

	private final io.runrub.ledger.PrepaidSessions prepaid;

	/** @param care what the care loop knows (recurring pain, homework that does not help); none without care */
	PlanGeneration(ProfileKeeping profiles, IntakeScreening screening, TrainingCalendar training,
			ClinicCatalog catalog, AppointmentCalendar appointments, PlannedMassages planned, Clock clock,
			ObjectProvider<CareSignals> care, MoveProposals proposals, MessageSourceAccessor messages,
			io.runrub.ledger.PrepaidSessions prepaid) {
		this.prepaid = prepaid;
		this.proposals = proposals;
		this.messages = messages;
		this.profiles = profiles;
		this.screening = screening;
		this.training = training;
		this.catalog = catalog;
		this.appointments = appointments;
		this.planned = planned;
		this.clock = clock;
		this.care = care; // asked when planning: the care module depends on this one and is made after it
	}

	/** The runner's current plan, as stored; empty before the first one is made. */
	@Transactional(readOnly = true)
	public Optional<PlanView> current(RunnerId runnerId) {
		return planned.plan(runnerId)
			.map(plan -> new PlanView(plan.from(), plan.to(), planned.findByRunner(runnerId), plan.warnings(),
					plan.generatedAt()));
	}

	/**
	 * Makes a new plan over from..to (defaults: tomorrow until 7 days after the last A or B race the clinic takes
	 * bookings for, or 12 weeks). What is already booked is kept and reconciled, never planned a second time.
	 */
	@Transactional
	public PlanView generate(RunnerId runnerId, LocalDate from, LocalDate to) {
		planned.lockPlan(runnerId);
		reconcile(runnerId, from, to);
		return current(runnerId).orElseThrow();
	}

	/**
	 * Runs the one reconciliation again over the stored plan's horizon (stretched to cover a race moved later), after
	 * anything the plan depends on changed. Without a plan, nothing to do.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public void reconcile(RunnerId runnerId) {
		planned.lockPlan(runnerId);
		Optional<PlannedMassages.StoredPlan> stored = planned.plan(runnerId);
		if (stored.isEmpty()) {
			return;
		}
		LocalDate from = training.today().plusDays(1);
		LocalDate end = defaultEnd(runnerId, from);
		LocalDate to = stored.get().to().isAfter(end) ? stored.get().to() : end;
		try {
			reconcile(runnerId, from, to.isBefore(from) ? from : to);
		}
		catch (DomainException ex) {
			// no profile or health answers any more: the stored plan stays as it is until they are back
		}
	}

	/**
	 * The one reconciliation: the plan is a pure function of the runner's inputs and what is booked. The generator
	 * makes the plan as if the massages booked from the plan were not booked yet; each booked one then takes the
	 * place of its counterpart in that plan (so nothing is planned twice) and is given its status: still right, better
	 * on another day (a real free slot), no longer right (why), or unsafe (a stop answer). Unbooked suggestions are
	 * simply the rest of the fresh plan; warnings are the fresh plan's.
	 */
	private void reconcile(RunnerId runnerId, LocalDate requestedFrom, LocalDate requestedTo) {
		List<PlannedMassage> stored = planned.findByRunner(runnerId);
		Set<AppointmentId> fromPlan = stored.stream()
			.filter(PlannedMassage::isBooked)
			.map(PlannedMassage::appointmentId)
			.collect(Collectors.toSet());
		PlanningInput input = input(runnerId, requestedFrom, requestedTo, fromPlan);
		Plan fresh = generator.generate(input);
		Instant now = clock.instant();
		List<Suggestion> pool = new ArrayList<>(fresh.suggestions());
		List<PlannedMassage> booked = stored.stream()
			.filter(PlannedMassage::isBooked)
			.filter(massage -> !massage.date().isBefore(input.from()))
			.toList();
		Fit fit = new Fit(input);
		Map<AppointmentId, AppointmentView> appointmentsById = appointments.forRunner(runnerId)
			.stream()
			.collect(Collectors.toMap(AppointmentView::id, appointment -> appointment));
		List<PlannedMassage> misfits = new ArrayList<>();
		// first the booked massages that are still right: each stands in for its counterpart of the fresh plan
		for (PlannedMassage massage : booked) {
			if (!input.stopAnswers().isEmpty()) {
				planned.save(massage.reconciled(PlannedMassage.Status.UNSAFE,
						messages.getMessage("plan.status.unsafe"), null, null, null), now);
				continue;
			}
			if (fit.misfit(massage).isPresent()) {
				misfits.add(massage);
				continue;
			}
			Optional<Suggestion> counterpart = counterpart(massage, pool, Fit.SAME_MASSAGE_DAYS);
			counterpart.ifPresent(pool::remove);
			if (counterpart.isPresent() || massage.kind() == Suggestion.Kind.BEFORE_RACE
					|| massage.kind() == Suggestion.Kind.AFTER_RACE) {
				planned.save(massage.reconciled(PlannedMassage.Status.OK, null, null, null, null), now);
			}
			else {
				planned.save(massage.reconciled(PlannedMassage.Status.NO_LONGER_FITS,
						messages.getMessage("plan.status.notInPlan"), null, null, null), now);
			}
		}
		// then the ones that are not: moved to where the fresh plan has their counterpart, if a slot is free there
		Set<LocalDate> busyDays = appointmentsById.values()
			.stream()
			.filter(AppointmentView::isBooked)
			.map(appointment -> appointment.start().toLocalDate())
			.collect(Collectors.toSet());
		for (PlannedMassage massage : misfits) {
			String why = fit.misfit(massage).orElseThrow();
			boolean raceKind = massage.kind() == Suggestion.Kind.BEFORE_RACE || massage.kind() == Suggestion.Kind.AFTER_RACE;
			Optional<Suggestion> counterpart = counterpart(massage, pool,
					raceKind ? Fit.RACE_MOVE_DAYS : Replanning.MAX_MOVE_DAYS);
			AppointmentView appointment = appointmentsById.get(massage.appointmentId());
			Optional<Slot> slot = Optional.empty();
			if (counterpart.isPresent() && appointment != null && proposals.movable(appointment)) {
				List<LocalDate> days = new ArrayList<>();
				days.add(counterpart.get().date());
				days.addAll(counterpart.get().alternatives());
				Set<LocalDate> busy = new HashSet<>(busyDays);
				busy.remove(massage.date());
				slot = proposals.slotFor(massage, days.stream().filter(day -> fit.allows(massage, day)).toList(), busy);
			}
			if (slot.isPresent()) {
				pool.remove(counterpart.get());
				LocalDate day = LocalDate.ofInstant(slot.get().start(), catalog.zone());
				busyDays.add(day);
				planned.save(massage.reconciled(PlannedMassage.Status.MOVE_PROPOSED,
						messages.getMessage("plan.status.moveProposed", new Object[] { why, MOVE_DAY.format(day),
								slot.get().start().atZone(catalog.zone()).toLocalTime().toString(),
								catalog.therapist(slot.get().therapistId()).name() }),
						day, slot.get().start(), slot.get().therapistId()), now);
			}
			else {
				planned.save(massage.reconciled(PlannedMassage.Status.NO_LONGER_FITS, why, null, null, null), now);
			}
		}
		// the rest of the fresh plan: unbooked suggestions, keeping the ids of those that stand as they were
		List<PlannedMassage> unbooked = new ArrayList<>(stored.stream().filter(massage -> !massage.isBooked()).toList());
		for (Suggestion suggestion : pool) {
			Optional<PlannedMassage> same = unbooked.stream().filter(massage -> massage.sameAs(suggestion)).findFirst();
			same.ifPresent(unbooked::remove);
			planned.save(PlannedMassage.of(runnerId, suggestion).withId(same.map(PlannedMassage::id).orElse(null)), now);
		}
		unbooked.forEach(planned::delete);
		planned.saveWarnings(runnerId, fresh.from(), fresh.to(), fresh.warnings(), now);
	}

	private static final java.time.format.DateTimeFormatter MOVE_DAY = java.time.format.DateTimeFormatter
		.ofPattern("EEEE d MMMM", java.util.Locale.UK);

	/** The fresh plan's massage of the same kind nearest the booked one, at most {@code maxDays} away. */
	private static Optional<Suggestion> counterpart(PlannedMassage massage, List<Suggestion> pool, int maxDays) {
		return pool.stream()
			.filter(suggestion -> suggestion.kind() == massage.kind())
			.filter(suggestion -> Math.abs(suggestion.date().toEpochDay() - massage.date().toEpochDay()) <= maxDays)
			.min(Comparator.comparingLong((Suggestion suggestion) -> Math
				.abs(suggestion.date().toEpochDay() - massage.date().toEpochDay())).thenComparing(Suggestion::date));
	}

	/** Whether a booked massage is still right on its day, by the rules of the catalogue (and why not). */
	private final class Fit {

		/** A booked massage still right on its day stands in for the fresh plan's massage this close to it. */
		static final int SAME_MASSAGE_DAYS = 6;

		/** A race can move by weeks; its massages move with it. */
		static final int RACE_MOVE_DAYS = 60;

		private final List<RaceDay> races;

		private final io.runrub.planner.rules.TrainingDays days;

		private final NoDeepWorkInRaceWindow raceWindow = new NoDeepWorkInRaceWindow();

		private final DeepWorkIsAWorkout deepIsWorkout = new DeepWorkIsAWorkout();

		private final LightMassageBeforeRace beforeRace = new LightMassageBeforeRace();

		Fit(PlanningInput input) {
			this.races = input.races();
			this.days = new io.runrub.planner.rules.TrainingDays(input.days());
		}

		Optional<String> misfit(PlannedMassage massage) {
			LocalDate date = massage.date();
			Optional<RaceDay> raceDay = races.stream().filter(race -> race.date().equals(date)).findFirst();
			if (raceDay.isPresent()) {
				return Optional.of(messages.getMessage("plan.status.onRaceDay", new Object[] { raceDay.get().name() }));
			}
			if (massage.kind() == Suggestion.Kind.BEFORE_RACE
					&& races.stream().filter(RaceDay::isKey).noneMatch(race -> beforeRace.days(race).contains(date))) {
				return Optional.of(messages.getMessage("plan.status.noRaceAfter"));
			}
			if (massage.kind() == Suggestion.Kind.AFTER_RACE && races.stream()
				.filter(race -> race.priority() == RacePriority.A)
				.noneMatch(race -> date.isAfter(race.date()) && !date.isAfter(race.date().plusDays(2)))) {
				return Optional.of(messages.getMessage("plan.status.noRaceBefore"));
			}
			Optional<RaceDay> window = raceWindow.forbids(date, massage.modality(), races).isPresent()
					? raceWindow.windowOf(date, races) : Optional.empty();
			if (window.isPresent()) {
				return Optional.of(messages.getMessage("plan.status.deepBeforeRace",
						new Object[] { massage.modality().displayName().toLowerCase(java.util.Locale.UK),
								ChronoUnit.DAYS.between(date, window.get().date()), window.get().name(),
								raceWindow.daysBefore(window.get()) }));
			}
			return deepIsWorkout.forbids(date, massage.modality(), days).map(io.runrub.planner.rules.Reason::text);
		}

		/** Whether the massage may move to the day: its rules allow it there. */
		boolean allows(PlannedMassage massage, LocalDate day) {
			PlannedMassage there = new PlannedMassage(massage.id(), massage.runnerId(), day, massage.kind(),
					massage.modality(), massage.pressure(), massage.durationMinutes(), massage.serviceId(),
					massage.price(), massage.focusAreas(), massage.therapistId(), massage.reasons(),
					massage.alternatives(), massage.appointmentId(), null, null, null, null, null);
			return misfit(there).isEmpty();
		}

	}

	/**
	 * A fresh plan from the runner's data as it is now, without storing it. Massages booked from the stored plan are
	 * left out of what counts as already booked, so that the fresh plan says where they belong now.
	 */
	@Transactional(readOnly = true, noRollbackFor = DomainException.class) // a re-plan that cannot be made is no failure
	Plan preview(RunnerId runnerId, LocalDate from, LocalDate to) {
		Set<AppointmentId> fromPlan = planned.findByRunner(runnerId)
			.stream()
			.filter(PlannedMassage::isBooked)
			.map(PlannedMassage::appointmentId)
			.collect(Collectors.toSet());
		return generator.generate(input(runnerId, from, to, fromPlan));
	}

	PlanningInput input(RunnerId runnerId, LocalDate requestedFrom, LocalDate requestedTo) {
		return input(runnerId, requestedFrom, requestedTo, Set.of());
	}

	PlanningInput input(RunnerId runnerId, LocalDate requestedFrom, LocalDate requestedTo,
			Set<AppointmentId> ignoredAppointments) {
		RunnerProfile profile = profiles.find(runnerId)
			.orElseThrow(() -> DomainException.refused("plan-no-profile"));
		IntakeVerdict verdict = screening.verdict(runnerId);
		if (!verdict.answered()) {
			throw DomainException.refused("plan-intake-unanswered");
		}
		LocalDate today = training.today();
		LocalDate from = requestedFrom == null ? today.plusDays(1) : requestedFrom;
		if (from.isBefore(today)) {
			throw DomainException.refused("plan-in-the-past");
		}
		LocalDate to = requestedTo == null ? defaultEnd(runnerId, from) : requestedTo;
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw DomainException.refused("plan-invalid-range", MAX_DAYS);
		}
		// four weeks back: the calendar's recent training sets how often when nothing is planned ahead
		List<SessionView> sessions = training.effectiveSessions(runnerId, from.minusDays(28), to.plusDays(7));
		List<TrainingDay> days = trainingDays(sessions);
		List<RaceDay> races = training.races(runnerId, from.minusDays(7), to.plusDays(14))
			.stream()
			.map(race -> new RaceDay(race.date(), race.name(), race.priority(), race.distanceMeters()))
			.toList();
		List<DailyLoad> load = training.dailyLoad(runnerId, today.minusDays(56), to);
		// a spike only in completed training the model has learnt (6 weeks of history): never a planned day
		Set<LocalDate> spikes = load.stream()
			.filter(day -> day.spike() && !day.provisional() && !day.projected())
			.map(DailyLoad::date)
			.collect(Collectors.toSet());
		Map<ServiceId, MassageService> services = catalog.activeServices()
			.stream()
			.collect(Collectors.toMap(MassageService::id, service -> service));
		List<PlanningInput.BookedMassage> booked = appointments.forRunner(runnerId)
			.stream()
			.filter(AppointmentView::isBooked)
			.filter(appointment -> !ignoredAppointments.contains(appointment.id()))
			.filter(appointment -> !appointment.start().toLocalDate().isBefore(from.minusDays(3))
					&& !appointment.start().toLocalDate().isAfter(to))
			.map(appointment -> new PlanningInput.BookedMassage(appointment.id(),
					appointment.start().toLocalDate(), appointment.modality(),
					Optional.ofNullable(services.get(appointment.serviceId()))
						.map(MassageService::price)
						.orElseGet(() -> Money.zero(catalog.clinic().currency()))))
			.toList();
		CareSignals.Signals signals = care.getIfAvailable(() -> CareSignals.NONE).of(runnerId, today);
		java.time.ZoneId zone = catalog.zone();
		List<io.runrub.clinic.TherapistView> therapists = catalog.activeTherapists();
		List<io.runrub.clinic.TimeOff> timeOff = catalog.timeOff(
				therapists.stream().map(io.runrub.clinic.TherapistView::id).toList(),
				from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
		Set<LocalDate> closed = catalog.closures(from, to)
			.stream()
			.map(io.runrub.clinic.Closure::date)
			.collect(Collectors.toSet());
		// every appointment the runner has, from eight weeks before the first month of the plan: it counts toward
		// the frequency and the budget whether or not it came from a plan
		LocalDate since = from.withDayOfMonth(1).minusWeeks(8);
		List<PlanningInput.BookedMassage> existing = appointments.forRunner(runnerId)
			.stream()
			.filter(AppointmentView::isBooked)
			.filter(appointment -> !ignoredAppointments.contains(appointment.id()))
			.filter(appointment -> !appointment.start().toLocalDate().isBefore(since)
					&& !appointment.start().toLocalDate().isAfter(to))
			.map(appointment -> new PlanningInput.BookedMassage(appointment.id(),
					appointment.start().toLocalDate(), appointment.modality(),
					Optional.ofNullable(services.get(appointment.serviceId()))
						.map(MassageService::price)
						.orElseGet(() -> Money.zero(catalog.clinic().currency()))))
			.toList();
		Set<AppointmentId> paid = prepaid.paidByCredit(java.util.stream.Stream.concat(booked.stream(), existing.stream())
			.map(PlanningInput.BookedMassage::appointmentId)
			.collect(Collectors.toSet()));
		return new PlanningInput(today, from, to, profile,
				verdict.stops().stream().map(IntakeQuestion::id).toList(),
				verdict.restrictions().stream().map(IntakeQuestion::id).toList(), days,
				races, spikes, peakWeeks(load), services.values()
					.stream()
					.sorted(Comparator.comparing(service -> service.id().value()))
					.map(service -> new PlanningInput.ServiceOption(service.id(), service.modality(),
							service.durationMinutes(), service.price()))
					.toList(),
				therapists.stream()
					.map(therapist -> new PlanningInput.TherapistOption(therapist.id(), therapist.name(),
							therapist.modalities(), therapist.workingHours(),
							timeOff.stream()
								.filter(off -> off.therapistId().equals(therapist.id()))
								.map(off -> new PlanningInput.Away(
										java.time.LocalDateTime.ofInstant(off.start(), zone),
										java.time.LocalDateTime.ofInstant(off.end(), zone)))
								.toList(),
							therapist.offers()))
					.toList(),
				prepaidAtNoCost(booked, paid), signals.recurringPain(), signals.homeworkWithoutImprovement(), closed,
				prepaidAtNoCost(existing, paid), longEfforts(sessions))
			.withPrepaid(prepaid.left(runnerId, from)
				.stream()
				.map(credit -> new PlanningInput.Prepaid(credit.serviceId(), credit.left(), credit.expiresOn()))
				.toList());
	}

	/** A booked massage a package's credit paid for costs the month's budget nothing. */
	private static List<PlanningInput.BookedMassage> prepaidAtNoCost(List<PlanningInput.BookedMassage> massages,
			Set<AppointmentId> paid) {
		return massages.stream()
			.map(massage -> paid.contains(massage.appointmentId())
					? new PlanningInput.BookedMassage(massage.appointmentId(), massage.date(), massage.modality(),
							Money.zero(massage.price().currency()))
					: massage)
			.toList();
	}

	/** Completed sessions of a marathon or more, or of 3½ hours or more. */
	static List<PlanningInput.LongEffort> longEfforts(List<SessionView> sessions) {
		return sessions.stream()
			.filter(SessionView::isCompleted)
			.filter(session -> session.distanceMeters() != null && session.distanceMeters() >= RaceDay.MARATHON_METERS
					|| session.durationMinutes() != null
							&& session.durationMinutes() >= StopAnswersBlockMassage.LONG_EFFORT_MINUTES)
			.map(session -> new PlanningInput.LongEffort(session.date(), effort(session)))
			.toList();
	}

	private static String effort(SessionView session) {
		if (session.distanceMeters() != null && session.distanceMeters() >= RaceDay.MARATHON_METERS) {
			return "your %.0f km %s".formatted(session.distanceMeters() / 1000,
					session.type() == SessionType.RACE ? "race" : "run");
		}
		int minutes = session.durationMinutes();
		return "your %d h %02d min %s".formatted(minutes / 60, minutes % 60,
				session.type() == SessionType.RACE ? "race" : "session");
	}

	private LocalDate defaultEnd(RunnerId runnerId, LocalDate from) {
		LocalDate lastBookable = catalog.clinic().policies().lastBookableDay(clock.instant(), catalog.clinic().zone());
		return PlanHorizon.defaultEnd(from, lastBookable,
				training.races(runnerId, from, from.plusWeeks(MAX_RACE_WEEKS))
					.stream()
					.map(race -> new RaceDay(race.date(), race.name(), race.priority(), race.distanceMeters()))
					.toList());
	}

	static List<TrainingDay> trainingDays(List<SessionView> sessions) {
		Map<LocalDate, List<SessionView>> byDay = sessions.stream().collect(Collectors.groupingBy(SessionView::date));
		List<TrainingDay> days = new ArrayList<>();
		byDay.forEach((date, list) -> {
			boolean rest = list.stream().allMatch(session -> session.type() == SessionType.REST);
			Optional<SessionView> race = list.stream().filter(session -> session.type() == SessionType.RACE).findFirst();
			Optional<SessionView> hard = list.stream().filter(SessionView::hard).findFirst();
			String what = race.map(session -> "race" + (session.title() == null ? "" : " (" + session.title() + ")"))
				.or(() -> hard.map(PlanGeneration::describe))
				.orElse("easy training");
			days.add(new TrainingDay(date, hard.isPresent(), race.isPresent(), rest, what));
		});
		return days;
	}

	private static String describe(SessionView session) {
		return switch (session.type()) {
			case LONG -> "long run";
			case INTERVALS -> "intervals";
			case TEMPO -> "tempo run";
			case HILLS -> "hill session";
			case RACE -> "race";
			case CROSS -> "hard cross-training";
			default -> "hard run";
		};
	}

	/** Mondays of weeks whose load is at least 15% above the runner's average week. */
	static Set<LocalDate> peakWeeks(List<DailyLoad> load) {
		Map<LocalDate, Double> weekly = new HashMap<>();
		load.forEach(day -> weekly.merge(day.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
				day.load(), Double::sum));
		double average = weekly.values().stream().filter(value -> value > 0).mapToDouble(Double::doubleValue)
			.average()
			.orElse(0);
		Set<LocalDate> peaks = new HashSet<>();
		weekly.forEach((monday, total) -> {
			if (average > 0 && total >= 1.15 * average) {
				peaks.add(monday);
			}
		});
		return peaks;
	}

	/** The stored plan with its suggestions (booked ones link to appointments) and warnings. */
	public record PlanView(LocalDate from, LocalDate to, List<PlannedMassage> massages, List<Warning> warnings,
			Instant generatedAt) {
	}

}
