package io.runrub.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.runrub.RunRubApplication;
import io.runrub.accounts.AccountRegistration;
import io.runrub.training.ImportReport;
import io.runrub.training.LoadMethod;
import io.runrub.training.SessionView;
import io.runrub.training.TrainingCalendar;
import io.runrub.training.TrainingImports;
import io.runrub.training.TrainingImports.UploadedFile;
import io.runrub.training.imports.fit.GeneratedRuns;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A year of training imported end to end: 365 one-hour FIT runs (one a day, recorded every second, ~120 kB each)
 * through {@link TrainingImports#importFiles} into the real application on an in-memory H2 database. Each shot
 * imports the whole year into a new runner, so every session is new (duplicates are not what is measured), and fails
 * unless all 365 sessions were imported. The score is seconds per year; the target is under 5.
 *
 * <p>The application starts once per trial; the files are generated once, before it. It runs as a servlet
 * application (on a random loopback port, unused) because the security configuration needs one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class YearImportBenchmark {

	static final int DAYS = 365;

	static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

	private ConfigurableApplicationContext application;

	private TrainingImports imports;

	private AccountRegistration registration;

	private List<UploadedFile> year;

	private long runnerId;

	@Setup(Level.Trial)
	public void start() {
		year = generateYear();
		// A servlet application, as the security configuration needs one; on a random port of the loopback only.
		application = new SpringApplicationBuilder(RunRubApplication.class).web(WebApplicationType.SERVLET)
			.properties("spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"runrub.demo=false", "server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"logging.level.root=WARN")
			.run();
		imports = application.getBean(TrainingImports.class);
		registration = application.getBean(AccountRegistration.class);
	}

	/** A new runner for every shot, signed up outside the measured time (hashing a password is slow on purpose). */
	@Setup(Level.Invocation)
	public void newRunner() {
		String id = UUID.randomUUID().toString();
		runnerId = registration.signUpRunner("runner-" + id + "@bench.example", "bench-" + id, "Bench Runner").id().value();
	}

	/** Checks, outside the measured time, that the last runner's year reads back as 365 one-hour runs. */
	@TearDown(Level.Trial)
	public void checkAndStop() {
		try {
			List<SessionView> sessions = application.getBean(TrainingCalendar.class)
				.sessions(io.runrub.accounts.RunnerId.of(runnerId), FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1));
			long heartRateLoads = sessions.stream()
				.filter(session -> session.isCompleted() && session.durationMinutes() == 60
						&& session.loadMethod() == LoadMethod.HEART_RATE && session.load() > 0)
				.count();
			if (sessions.size() != DAYS || heartRateLoads != DAYS) {
				throw new IllegalStateException("The imported year reads back as " + sessions.size()
						+ " sessions, " + heartRateLoads + " of them one-hour runs with a heart-rate load");
			}
			System.out.printf("Read back %d one-hour runs, %.0f km, mean load %.0f (%d bytes of FIT)%n",
					sessions.size(), sessions.stream().mapToDouble(SessionView::distanceMeters).sum() / 1000,
					sessions.stream().mapToDouble(SessionView::load).average().orElse(0),
					year.stream().mapToLong(file -> file.size()).sum());
		}
		finally {
			application.close();
		}
	}

	@Benchmark
	public List<ImportReport> importYear() {
		List<ImportReport> reports = imports.importFiles(io.runrub.accounts.RunnerId.of(runnerId), year);
		int imported = reports.stream().mapToInt(ImportReport::imported).sum();
		if (imported != DAYS) {
			throw new IllegalStateException("Expected " + DAYS + " sessions imported, got " + imported + ": "
					+ reports.stream().filter(report -> report.imported() != 1).limit(3).toList());
		}
		return reports;
	}

	/** One run a day, in the morning at a slightly different time. */
	static List<UploadedFile> generateYear() {
		List<UploadedFile> files = new ArrayList<>(DAYS);
		for (int day = 0; day < DAYS; day++) {
			LocalDate date = FIRST_DAY.plusDays(day);
			var start = date.atTime(LocalTime.of(6, 30).plusMinutes(day * 7L % 90)).toInstant(ZoneOffset.UTC);
			files.add(new UploadedFile(date + "-morning-run.fit", GeneratedRuns.run(start, Duration.ofHours(1), day)));
		}
		return List.copyOf(files);
	}

}
