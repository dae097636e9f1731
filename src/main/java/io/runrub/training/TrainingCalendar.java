package io.runrub.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.training.hard.HardSessionRule;
import io.runrub.training.load.LoadModel;
import io.runrub.training.sessions.DayPairing;
import io.runrub.training.sessions.LoadHistory;
import io.runrub.training.sessions.Race;
import io.runrub.training.sessions.Races;
import io.runrub.training.sessions.TrainingSession;
import io.runrub.training.sessions.TrainingSessions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a runner's training: sessions with the verdict on which were hard, races, and daily load, fitness, fatigue
 * and form. All from stored per-session summaries, so it takes milliseconds.
 */
@Component
@Transactional(readOnly = true)
public class TrainingCalendar {

	/** How far back the hard-session context and the load model look before the first day asked for. */
	static final int CONTEXT_DAYS = 42;

	private final TrainingSessions sessions;

	private final Races races;

	private final LoadHistory history;

	private final ObjectProvider<TrainingBaseline> baseline;

	private final ClinicCatalog catalog;

	private final Clock clock;

	TrainingCalendar(TrainingSessions sessions, Races races, LoadHistory history,
			ObjectProvider<TrainingBaseline> baseline, ClinicCatalog catalog, Clock clock) {
		this.sessions = sessions;
		this.races = races;
		this.history = history;
		this.baseline = baseline;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Today in the clinic's zone (training days are the runner's local days; RunRub uses the clinic's zone). */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone());
	}

	public ZoneId zone() {
		return catalog.zone();
	}

	/** One day of the calendar: what counts, and the plan each completed activity fulfilled. */
	public record CalendarEntry(SessionView session, boolean missedPlan) {
	}

	/** The calendar from..to, with planned and completed sessions of a day paired into one entry. */
	public Map<LocalDate, List<CalendarEntry>> calendar(RunnerId runner, LocalDate from, LocalDate to) {
		Analysis analysis = analyse(runner.value(), from, to);
		Map<LocalDate, List<CalendarEntry>> days = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, new ArrayList<>());
		}
		for (DayPairing.Entry entry : analysis.entries()) {
			LocalDate date = entry.session().sessionDate();
			if (!date.isBefore(from) && !date.isAfter(to)) {
				days.get(date).add(new CalendarEntry(analysis.view(entry.session(), entry.planned()),
						entry.isMissedPlan(analysis.today())));
			}
		}
		return days;
	}

	/** Every stored session from..to (planned and completed alike), each with its hard verdict. */
	public List<SessionView> sessions(RunnerId runner, LocalDate from, LocalDate to) {
		Analysis analysis = analyse(runner.value(), from, to);
		Map<Long, DayPairing.Entry> byCompleted = new HashMap<>();
		Map<Long, DayPairing.Entry> byPlanned = new HashMap<>();
		for (DayPairing.Entry entry : analysis.entries()) {
			byCompleted.put(entry.session().id(), entry);
			if (entry.planned() != null) {
				byPlanned.put(entry.planned().id(), entry);
			}
		}
		return analysis.stored()
			.stream()
			.filter(session -> !session.sessionDate().isBefore(from) && !session.sessionDate().isAfter(to))
			.map(session -> {
				DayPairing.Entry entry = byCompleted.get(session.id());
				if (entry != null) {
					return analysis.view(entry.session(), entry.planned());
				}
				DayPairing.Entry fulfilled = byPlanned.get(session.id());
				return analysis.view(session, fulfilled == null ? null : fulfilled.planned());
			})
			.toList();
	}

	public Optional<SessionView> session(RunnerId runner, long sessionId) {
		return sessions.findByIdAndRunnerId(sessionId, runner.value())
			.flatMap(session -> sessions(runner, session.sessionDate(), session.sessionDate()).stream()
				.filter(view -> view.id() == sessionId)
				.findFirst());
	}

	/** The sessions that count (a completed activity standing for its plan), hard verdicts included. */
	public List<SessionView> effectiveSessions(RunnerId runner, LocalDate from, LocalDate to) {
		Analysis analysis = analyse(runner.value(), from, to);
		return analysis.entries()
			.stream()
			.filter(entry -> !entry.session().sessionDate().isBefore(from)
					&& !entry.session().sessionDate().isAfter(to) && !entry.isMissedPlan(analysis.today()))
			.map(entry -> analysis.view(entry.session(), entry.planned()))
			.toList();
	}

	public List<RaceView> races(RunnerId runner, LocalDate from, LocalDate to) {
		return races.findByRunnerIdAndRaceDateBetweenOrderByRaceDate(runner.value(), from, to)
			.stream()
			.map(Race::view)
			.toList();
	}

	/** Whether the runner has any training session or race at all, on any date. */
	public boolean hasAnything(RunnerId runner) {
		return sessions.hasSessionsOrRaces(runner.value());
	}

	public Optional<RaceView> race(RunnerId runner, long raceId) {
		return races.findByIdAndRunnerId(raceId, runner.value()).map(Race::view);
	}

	/**
	 * Daily load, fitness, fatigue and form from..to; days after today are projected from planned sessions. The model
	 * runs from the start of the runner's history, so a day reads the same whatever the range: completed training
	 * comes summed per day by the database (one row a day, not one a session), and only the planned sessions from
	 * today to {@code to} are read as rows.
	 */
	public List<DailyLoad> dailyLoad(RunnerId runner, LocalDate from, LocalDate to) {
		LocalDate today = today();
		Map<LocalDate, Double> completed = new HashMap<>();
		Map<LocalDate, Set<LoadMethod>> methods = new HashMap<>();
		LocalDate first = null;
		for (LoadHistory.DayLoad day : history.completed(runner.value())) {
			first = first == null || day.date().isBefore(first) ? day.date() : first;
			completed.merge(day.date(), day.load(), Double::sum);
			methods.computeIfAbsent(day.date(), date -> EnumSet.noneOf(LoadMethod.class)).add(day.method());
		}
		Map<LocalDate, Double> planned = new HashMap<>();
		if (!to.isBefore(today)) {
			Map<LocalDate, List<TrainingSession>> byDay = sessions
				.findByRunnerIdAndSessionDateBetweenOrderBySessionDateAscStartTimeAsc(runner.value(), today, to)
				.stream()
				.collect(Collectors.groupingBy(TrainingSession::sessionDate));
			byDay.values().forEach(day -> DayPairing.pair(day)
				.stream()
				.map(DayPairing.Entry::session)
				.filter(session -> !session.isCompleted())
				.forEach(session -> {
					planned.merge(session.sessionDate(), session.load(), Double::sum);
					methods.computeIfAbsent(session.sessionDate(), date -> EnumSet.noneOf(LoadMethod.class))
						.add(session.loadMethod());
				}));
		}
		Integer days = null;
		if (first == null) {
			TrainingBaseline said = baseline.getIfAvailable();
			OptionalInt perWeek = said == null ? OptionalInt.empty() : said.trainingDaysPerWeek(runner);
			days = perWeek.isPresent() ? perWeek.getAsInt() : null;
		}
		return LoadModel.compute(new LoadModel.History(completed, planned, methods, first, days), from, to, today);
	}

	private Analysis analyse(long runnerId, LocalDate from, LocalDate to) {
		List<TrainingSession> stored = sessions
			.findByRunnerIdAndSessionDateBetweenOrderBySessionDateAscStartTimeAsc(runnerId,
					from.minusDays(CONTEXT_DAYS), to);
		Map<LocalDate, List<TrainingSession>> byDay = stored.stream()
			.collect(Collectors.groupingBy(TrainingSession::sessionDate, TreeMap::new, Collectors.toList()));
		List<DayPairing.Entry> entries = new ArrayList<>();
		byDay.values().forEach(day -> entries.addAll(DayPairing.pair(day)));
		entries.sort(Comparator.comparing((DayPairing.Entry entry) -> entry.session().sessionDate())
			.thenComparing(entry -> entry.session().startTime(), Comparator.nullsFirst(Comparator.naturalOrder())));
		return new Analysis(stored, entries, today());
	}

	/**
	 * The sessions around a range, paired by day, and the context each hard verdict needs. The entries are indexed by
	 * day and each day's context is worked out once, so that a verdict looks at the 42 days before it rather than at
	 * every session of the range: the work grows with the number of sessions, not with its square.
	 */
	private static final class Analysis {

		private final List<TrainingSession> stored;

		private final List<DayPairing.Entry> entries;

		private final LocalDate today;

		private final Map<LocalDate, List<DayPairing.Entry>> countingByDay = new HashMap<>();

		private final Map<LocalDate, HardSessionRule.Context> contexts = new HashMap<>();

		Analysis(List<TrainingSession> stored, List<DayPairing.Entry> entries, LocalDate today) {
			this.stored = stored;
			this.entries = entries;
			this.today = today;
			for (DayPairing.Entry entry : entries) {
				if (!entry.isMissedPlan(today)) {
					countingByDay.computeIfAbsent(entry.session().sessionDate(), day -> new ArrayList<>()).add(entry);
				}
			}
		}

		List<TrainingSession> stored() {
			return stored;
		}

		List<DayPairing.Entry> entries() {
			return entries;
		}

		LocalDate today() {
			return today;
		}

		SessionView view(TrainingSession session, TrainingSession planned) {
			HardSessionRule.Verdict verdict = HardSessionRule.classify(
					new HardSessionRule.Facts(session.type(), session.rpe(), session.minutes(),
							session.minutesAtThreshold(), session.load(), session.hardOverride()),
					contexts.computeIfAbsent(session.sessionDate(), this::context));
			return new SessionView(session.id(), session.sessionDate(), session.startTime(), session.type(),
					session.status(), session.title(),
					session.durationSeconds() == null ? null : (int) Math.round(session.durationSeconds() / 60.0),
					session.distanceMeters(), session.elevationGainMeters(), session.avgHeartRate(), session.rpe(),
					session.notes(), session.load(), session.loadMethod(), verdict.hard(), verdict.signal(),
					verdict.reason(), session.hardOverride(), session.source(), planned == null ? null : planned.id(),
					planned == null ? null : planned.title());
		}

		/** Running in the 7 days up to and including the day, and the median load of the 42 days before it. */
		private HardSessionRule.Context context(LocalDate day) {
			double runningMinutes = 0;
			int runs = 0;
			List<Double> loads = new ArrayList<>();
			for (LocalDate date = day.minusDays(CONTEXT_DAYS); !date.isAfter(day); date = date.plusDays(1)) {
				for (DayPairing.Entry entry : countingByDay.getOrDefault(date, List.of())) {
					TrainingSession session = entry.session();
					if (session.type().isRun() && date.isAfter(day.minusDays(7))) {
						runningMinutes += session.minutes();
						runs++;
					}
					if (session.isCompleted() && date.isBefore(day)) {
						loads.add(session.load());
					}
				}
			}
			return new HardSessionRule.Context(runningMinutes, runs, median(loads));
		}

		private static Double median(List<Double> values) {
			if (values.size() < 5) {
				return null;
			}
			List<Double> sorted = values.stream().sorted().toList();
			int middle = sorted.size() / 2;
			return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		}

	}

}
