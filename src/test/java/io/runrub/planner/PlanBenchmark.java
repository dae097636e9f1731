package io.runrub.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.runrub.clinic.TherapistId;
import io.runrub.planner.generation.Plan;
import io.runrub.planner.generation.PlanGenerator;
import io.runrub.planner.generation.PlanningInput;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.training.RacePriority;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plan generation speed from stored summaries: one runner's one-year plan with 300 sessions (target 5 ms), and the
 * 12-week plans of 10,000 runners (target 10 s on 2 cores). The generator is pure, so this measures the planner
 * itself; gathering a runner's summaries from the database is one query per kind of data.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class PlanBenchmark {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	private final PlanGenerator generator = new PlanGenerator();

	private PlanningInput year;

	private List<PlanningInput> runners;

	@Setup
	public void inputs() {
		year = input(new Random(1), 365, 300);
		Random random = new Random(2);
		runners = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			runners.add(input(random, 84, 60));
		}
		if (year.days().size() != 300) {
			throw new IllegalStateException("the year must hold 300 sessions, not " + year.days().size());
		}
	}

	/** A runner with the given number of training days spread over the horizon, races, a complaint or two. */
	static PlanningInput input(Random random, int horizonDays, int sessions) {
		LocalDate from = TODAY.plusDays(1);
		LocalDate to = from.plusDays(horizonDays);
		List<TrainingDay> days = new ArrayList<>();
		int gap = Math.max(1, horizonDays / sessions);
		for (LocalDate day = from; days.size() < sessions; day = day.plusDays(gap)) {
			boolean hard = day.getDayOfWeek() == DayOfWeek.SUNDAY || day.getDayOfWeek() == DayOfWeek.WEDNESDAY
					|| random.nextInt(5) == 0;
			days.add(new TrainingDay(day, hard, false, false, hard ? "long run" : "easy run"));
		}
		List<RaceDay> races = List.of(new RaceDay(from.plusDays(horizonDays / 2), "Half", RacePriority.B),
				new RaceDay(to.minusDays(7), "Marathon", RacePriority.A));
		List<Complaint> complaints = random.nextBoolean()
				? List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, TODAY.minusWeeks(3), 4))
				: List.of(new Complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, TODAY.minusWeeks(9), 5));
		RunnerProfile profile = new RunnerProfile(3 + random.nextInt(5), Level.values()[random.nextInt(3)],
				Pressure.values()[random.nextInt(4)], Set.of(Goal.MAINTENANCE), Money.of(6000 + random.nextInt(20000), "GBP"), TherapistId.of(1),
				complaints);
		return new PlanningInput(TODAY, from, to, profile, List.of(), List.of(), days, races, Set.of(),
				Set.of(from.with(DayOfWeek.MONDAY).plusWeeks(4)), PlanScenarioTests.SERVICES,
				PlanScenarioTests.THERAPISTS, List.of(), Set.of(), false);
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 3, time = 2)
	@Measurement(iterations = 5, time = 2)
	public Plan oneYearFor300Sessions() {
		return generator.generate(year);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public int tenThousandRunners() {
		return runners.parallelStream().mapToInt(input -> generator.generate(input).suggestions().size()).sum();
	}


}
