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
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.generation.Suggestion;
import io.runrub.planner.rules.RaceDay;
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
import io.runrub.training.RaceView;
import io.runrub.training.SessionType;
import io.runrub.training.SessionView;
import io.runrub.training.TrainingCalendar;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a runner's plan: gathers the profile, intake, training, races, load, the clinic's services and therapists
 * and the massages already booked; lets the pure generator decide; stores the result as the runner's current plan.
 */
@Component
public class PlanGeneration {

	/** Without an A race ahead, a plan covers this many weeks. */
	static final int DEFAULT_WEEKS = 12;

	/** A plan may run to 7 days after the next A race if that race is at most this far ahead. */
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

	/** @param care what the care loop knows (recurring pain, homework that does not help); none without care */
	PlanGeneration(ProfileKeeping profiles, IntakeScreening screening, TrainingCalendar training,
			ClinicCatalog catalog, AppointmentCalendar appointments, PlannedMassages planned, Clock clock,
			ObjectProvider<CareSignals> care) {
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

	/** Makes a new plan over from..to (defaults: tomorrow until 7 days after the next A race, or 12 weeks). */
	@Transactional
	public PlanView generate(RunnerId runnerId, LocalDate from, LocalDate to) {
		PlanningInput input = input(runnerId, from, to);
		Plan plan = generator.generate(input);
		Instant now = clock.instant();
		for (PlannedMassage old : planned.findByRunner(runnerId)) {
			if (!old.isBooked()) {
				planned.delete(old);
			}
		}
		for (Suggestion suggestion : plan.suggestions()) {
			planned.save(PlannedMassage.of(runnerId, suggestion), now);
		}
		planned.saveWarnings(runnerId, plan.from(), plan.to(), plan.warnings(), now);
		return current(runnerId).orElseThrow();
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
		List<TrainingDay> days = trainingDays(training.effectiveSessions(runnerId, from.minusDays(7), to.plusDays(7)));
		List<RaceDay> races = training.races(runnerId, from.minusDays(7), to.plusDays(14))
			.stream()
			.map(race -> new RaceDay(race.date(), race.name(), race.priority()))
			.toList();
		List<DailyLoad> load = training.dailyLoad(runnerId, today.minusDays(56), to);
		Set<LocalDate> spikes = load.stream().filter(DailyLoad::spike).map(DailyLoad::date).collect(Collectors.toSet());
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
		return new PlanningInput(today, from, to, profile,
				verdict.stops().stream().map(IntakeQuestion::id).toList(),
				verdict.restrictions().stream().map(IntakeQuestion::id).toList(), days,
				races, spikes, peakWeeks(load), services.values()
					.stream()
					.sorted(Comparator.comparing(service -> service.id().value()))
					.map(service -> new PlanningInput.ServiceOption(service.id(), service.modality(),
							service.durationMinutes(), service.price()))
					.toList(),
				catalog.activeTherapists()
					.stream()
					.map(therapist -> new PlanningInput.TherapistOption(therapist.id(), therapist.name(),
							therapist.modalities()))
					.toList(),
				booked, signals.recurringPain(), signals.homeworkWithoutImprovement());
	}

	private LocalDate defaultEnd(RunnerId runnerId, LocalDate from) {
		return training.races(runnerId, from, from.plusWeeks(MAX_RACE_WEEKS))
			.stream()
			.filter(race -> race.priority() == RacePriority.A)
			.map(RaceView::date)
			.findFirst()
			.map(race -> race.plusDays(7))
			.orElse(from.plusWeeks(DEFAULT_WEEKS));
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
