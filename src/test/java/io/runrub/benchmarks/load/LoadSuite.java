package io.runrub.benchmarks.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * RunRub under load on a real PostgreSQL, each figure beside a reference measured in the same run on the same server:
 * <ol>
 * <li>uncontested booking by 32 API clients with personal API tokens, against pgbench running the same shape of
 * transaction (the therapist's row lock, then the insert under the gist exclusion constraint) with 32 clients;</li>
 * <li>contested booking (32 clients, 4 slots), against pgbench's contested script, and exactly one winner per slot;</li>
 * <li>a month of deep-tissue availability (20 therapists), against the trivial {@code GET /api/v1/services};</li>
 * <li>p50/p95 of every runner and therapist page at 50 concurrent users (40 runners, 10 therapists).</li>
 * </ol>
 * It starts an embedded PostgreSQL 18 (or uses the server given by {@code -Dbench.pg.host/port/user/password}),
 * migrates a new database with the application's Flyway migrations, generates {@link BenchClinic}, starts the built
 * jar on it with the {@code postgres} profile, runs each measurement (warm-up first), prints the table and stops
 * everything it started. Run it with {@code bench/load.sh} (see the README); never part of {@code ./mvnw verify}.
 */
public final class LoadSuite {

	private static final int BOOKING_CLIENTS = 32;
	private static final int PAGE_RUNNERS = 40;
	private static final int PAGE_THERAPISTS = 10;
	/** Each page user's mean reading time between pages ({@code -Dbench.think}, 0 to skip that part). */
	private static final long THINK_MILLIS = Long.getLong("bench.think", 1000);
	private static final String[] RUNNER_PAGES = {"/appointments", "/book", "/training", "/plan", "/profile", "/care"};
	private static final String[] THERAPIST_PAGES = {"/therapist/day", "/therapist/week", "/therapist/care",
			"/therapist/appointments/{id}"};
	/** Start hours of the 60-minute blocks in the generated working hours (09–13, 14–19). */
	private static final int[] SLOT_HOURS = {9, 10, 11, 12, 14, 15, 16, 17, 18};

	private final int seconds = Integer.getInteger("bench.seconds", 20);
	private final int warmup = Integer.getInteger("bench.warmup", 8);
	private final int port = Integer.getInteger("bench.port", 18080);
	private final ZoneId zone = ZoneId.of(BenchClinic.ZONE);
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final List<String[]> table = new ArrayList<>();
	/** How the CPU of the last {@link #load} run was shared, per request. */
	private String lastCpu = "";
	/** PostgreSQL's CPU per transaction in the last pgbench run. */
	private String pgbenchCpu = "";
	private Process appProcess;

	private String jdbcUrl;
	private String pgHost;
	private int pgPort;
	private String pgUser;
	private String pgPassword;
	private String database;
	private String base;
	private final List<Long> therapistIds = new ArrayList<>();
	private long sportsService;
	private long deepTissueService;
	private final List<String> tokens = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		// the embedded server's and Flyway's start-up chatter would bury the suite's own lines
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		new LoadSuite().run();
	}

	private void run() throws Exception {
		EmbeddedPostgres embedded = null;
		Process app = null;
		try {
			if (System.getProperty("bench.pg.host") == null) {
				log("starting an embedded PostgreSQL 18");
				embedded = EmbeddedPostgres.builder()
					.setServerConfig("max_connections", "300")
					.setServerConfig("shared_buffers", "256MB")
					// durable, as a clinic's server must be (PostgreSQL's default; the embedded server turns it off)
					.setServerConfig("synchronous_commit", "on")
					.start();
				pgHost = "localhost";
				pgPort = embedded.getPort();
				pgUser = "postgres";
				pgPassword = "";
			}
			else {
				pgHost = System.getProperty("bench.pg.host");
				pgPort = Integer.getInteger("bench.pg.port", 5432);
				pgUser = System.getProperty("bench.pg.user", "postgres");
				pgPassword = System.getProperty("bench.pg.password", "");
			}
			database = "runrub_bench_" + System.currentTimeMillis();
			try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
				sql.execute("create database " + database);
			}
			jdbcUrl = "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
			Flyway.configure()
				.dataSource(jdbcUrl, pgUser, pgPassword)
				.locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
				.load()
				.migrate();
			long started = System.nanoTime();
			try (Connection connection = connect(database)) {
				BenchClinic.generate(connection);
				readIds(connection);
				log("generated the clinic in %.1f s: %s", (System.nanoTime() - started) / 1e9, counts(connection));
			}
			app = startApp();
			appProcess = app;
			createTokens();
			if (Boolean.getBoolean("bench.hold")) { // for EXPLAIN and pgbench by hand
				Path hold = Files.writeString(Path.of("target", "bench-hold"), "psql -h " + pgHost + " -p " + pgPort
						+ " -U " + pgUser + " " + database + "\n");
				log("holding: %s (delete it to go on)", Files.readString(hold).strip());
				Awaitility.await().forever().pollInterval(Duration.ofSeconds(1)).until(() -> !Files.exists(hold));
			}

			if (runs("availability")) {
				availability();
			}
			if (runs("booking") || runs("trivial")) {
				trivialRequests();
			}
			if (runs("booking")) {
				uncontestedBooking();
			}
			if (runs("booking") || runs("contested")) {
				contestedBooking();
			}
			if (runs("pages")) {
				pages();
			}

			printTable();
		}
		finally {
			if (app != null) {
				app.destroy();
				if (!app.waitFor(30, TimeUnit.SECONDS)) {
					app.destroyForcibly();
				}
			}
			if (embedded != null) {
				embedded.close();
			}
		}
	}

	/** Whether {@code -Dbench.only} (a comma-separated list: availability, trivial, booking (both), contested, pages) names this part. */
	private static boolean runs(String part) {
		String only = System.getProperty("bench.only", "");
		return only.isBlank() || Arrays.asList(only.split(",")).contains(part);
	}

	// --- set-up ----------------------------------------------------------------------------------------------------

	private Connection connect(String db) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + db, pgUser,
				pgPassword);
	}

	private void readIds(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			try (ResultSet rows = sql.executeQuery("""
					select t.id from therapist t join account a on a.id = t.account_id
					where a.email like 'therapist%@bench.test' order by t.id""")) {
				while (rows.next()) {
					therapistIds.add(rows.getLong(1));
				}
			}
			sportsService = single(sql, "select id from massage_service where name = 'Bench sports massage'");
			deepTissueService = single(sql, "select id from massage_service where name = 'Bench deep tissue'");
		}
	}

	private static long single(Statement sql, String query) throws SQLException {
		try (ResultSet rows = sql.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String counts(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			return String.format(Locale.ROOT, "%d runners, %d therapists, %d appointments, %d training sessions",
					single(sql, "select count(*) from account where role = 'RUNNER'"),
					single(sql, "select count(*) from therapist"), single(sql, "select count(*) from appointment"),
					single(sql, "select count(*) from training_session"));
		}
	}

	private Process startApp() throws Exception {
		Path jar;
		try (var files = Files.list(Path.of("target"))) {
			jar = files.filter(p -> p.getFileName().toString().matches("runrub-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/runrub-*.jar: run ./mvnw package first"));
		}
		// another RunRub on the port would be measured instead, silently
		try (java.net.ServerSocket free = new java.net.ServerSocket(port)) {
			free.setReuseAddress(true);
		}
		catch (IOException taken) {
			throw new IllegalStateException("port " + port + " is in use: choose another with -Dbench.port", taken);
		}
		log("starting %s on port %d", jar, port);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString()));
		command.addAll(Arrays.asList(System.getProperty("bench.app.jvm", "-Xms512m -Xmx1g").split(" ")));
		command.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=postgres", "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "bench-app.log").toFile());
		builder.environment().put("DATABASE_URL", jdbcUrl);
		builder.environment().put("DATABASE_USER", pgUser);
		builder.environment().put("DATABASE_PASSWORD", pgPassword);
		Process process = builder.start();
		base = "http://127.0.0.1:" + port;
		Awaitility.await("RunRub ready (else see target/bench-app.log)")
			.atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("RunRub stopped while starting: see target/bench-app.log");
				}
				try {
					return http.send(get("/actuator/health/readiness").build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200;
				}
				catch (IOException notYet) {
					return false;
				}
			});
		log("RunRub is ready");
		return process;
	}

	/** A personal API token for each booking client's runner, made through the API with HTTP Basic. */
	private void createTokens() throws Exception {
		for (int n = 1; n <= BOOKING_CLIENTS; n++) {
			String basic = Base64.getEncoder()
				.encodeToString((BenchClinic.runnerEmail(n) + ":" + BenchClinic.PASSWORD)
					.getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> response = http.send(
					request("/api/v1/me/tokens").header("Authorization", "Basic " + basic)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"load suite\"}"))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
			if (response.statusCode() != 201 && response.statusCode() != 200 || !token.find()) {
				throw new IllegalStateException("could not make a token: " + response.statusCode() + " "
						+ response.body());
			}
			tokens.add(token.group(1));
		}
	}

	// --- measurements ----------------------------------------------------------------------------------------------

	private void availability() throws Exception {
		LocalDate from = LocalDate.now(zone).plusDays(1);
		String month = "/api/v1/availability?serviceId=" + deepTissueService + "&from=" + from + "&to="
				+ from.plusDays(29) + "&format=days";
		HttpResponse<String> first = http.send(authorized(month, tokens.get(0)).build(),
				HttpResponse.BodyHandlers.ofString());
		check(first, 200, month);
		String form = first.body().startsWith("{") ? "format=days" : "plain form (format=days not served)";
		log("availability answers in the %s, %d bytes", form, first.body().length());
		Latencies months = new Latencies();
		Latencies services = new Latencies();
		for (boolean measured : new boolean[] {false, true}) {
			months.clear();
			services.clear();
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(measured ? seconds : warmup);
			while (System.nanoTime() < end) { // interleaved, one client
				timed(authorized(month, tokens.get(0)).build(), months, 200);
				timed(authorized("/api/v1/services", tokens.get(0)).build(), services, 200);
			}
		}
		row("month of availability, 20 therapists, 1 client (" + form + "), mean",
				ms(months.mean()), ms(services.mean()) + " (GET /api/v1/services)", months.mean() / services.mean(),
				"≤ 5×");
	}

	/**
	 * The database work of one booking request by an API client, statement for statement as RunRub sends it (captured
	 * by {@code DatabaseWorkBudgetIntegrationTests}' counter on PostgreSQL): the token's check on its own, then one
	 * transaction of the catalogue's version, the runner's health answers, the therapist's and runner's booked
	 * blocks with the waitlist's holds, the therapist's time off, the row lock and the insert in one statement, one
	 * event publication row per listening module (four), the runner's package credit; then the account read for the
	 * answer. {@code :start} is an expression for the appointment's start; {@code :t} the therapist; {@code :r} the
	 * client's own runner (runner c + 1 for client c, as RunRub's clients book for theirs). When
	 * {@code contested}, the rest of the transaction after the blocks is skipped once the slot is taken, as RunRub
	 * refuses there.
	 */
	private static String sameStatements(String start, boolean contested) {
		String end = "(" + start + " + interval '50 minutes')";
		String blockEnd = "(" + start + " + interval '60 minutes')";
		String clash = "SELECT therapist_id, runner_id, room_id, start_at, end_at, block_start, block_end,"
				+ " cast(null as bigint) AS held_service FROM appointment WHERE status = 'BOOKED' AND"
				+ " (((therapist_id IN (:t) OR room_id IN (-1)) AND block_start < " + blockEnd + " AND block_end > "
				+ start + ") OR (runner_id = :r AND start_at < " + end + " AND end_at > " + start + "))"
				+ " UNION ALL SELECT h.therapist_id, h.runner_id, cast(null as bigint), h.start_at, h.start_at,"
				+ " h.start_at, h.start_at, h.service_id FROM (SELECT therapist_id, runner_id, service_id, start_at"
				+ " FROM waitlist_offer WHERE therapist_id IN (:t) AND start_at >= date_trunc('day', " + start
				+ ") AND start_at < date_trunc('day', " + start + ") + interval '1 day' AND status = 'OPEN'"
				+ " AND held_until > now()) h";
		String insert = "WITH locked AS (SELECT t.id FROM therapist t WHERE t.id = :t AND NOT EXISTS (SELECT 1"
				+ " FROM appointment a WHERE a.therapist_id = :t AND a.status = 'BOOKED' AND a.block_start < "
				+ blockEnd + " AND a.block_end > " + start + ") FOR UPDATE OF t) INSERT INTO appointment (runner_id,"
				+ " therapist_id, service_id, start_at, end_at, block_start, block_end, status, idempotency_key,"
				+ " created_at) SELECT :r, locked.id, :service, " + start + ", " + end + ", " + start + ", "
				+ blockEnd + ", 'BOOKED', cast(null as varchar(100)), now() FROM locked"
				// RunRub catches the exclusion constraint's refusal of a racer that waited on the lock; pgbench cannot
				+ " ON CONFLICT DO NOTHING";
		StringBuilder script = new StringBuilder();
		script.append("SELECT a.id, a.email, a.name, a.role, a.credentials_version FROM api_token t JOIN account a"
				+ " ON a.id = t.account_id WHERE t.token_hash = :tokenhash AND a.enabled = true;\n");
		script.append("BEGIN;\n");
		script.append("SELECT version FROM catalog_version WHERE id = 1;\n");
		script.append("SELECT s.runner_id, s.version, s.notes, s.answered_at, s.confirmed_at, a.answer_sheet_key,"
				+ " a.answer_yes FROM answer_sheet s LEFT JOIN sheet_answer a ON a.answer_sheet = s.runner_id"
				+ " WHERE s.runner_id = :r;\n");
		if (contested) {
			script.append("SELECT count(*) AS taken FROM (" + clash + ") blocks \\gset\n");
		}
		else {
			script.append(clash + ";\n");
		}
		script.append("SELECT id, therapist_id, start_at, end_at, reason FROM time_off WHERE therapist_id IN (:t)"
				+ " AND start_at < " + blockEnd + " AND end_at > " + start + " ORDER BY start_at;\n");
		if (contested) {
			script.append("\\if :taken = 0\n");
		}
		script.append(insert + ";\n");
		for (String module : List.of("planner", "care", "notifications", "feeds")) {
			script.append("INSERT INTO event_publication (id, event_type, listener_id, publication_date,"
					+ " serialized_event, status, completion_attempts, last_resubmission_date) VALUES"
					+ " (gen_random_uuid(), 'io.runrub.booking.AppointmentBooked', 'bench.pgbench." + module
					+ "', now(), json_build_object('appointmentId', json_build_object('value', nextval('bench_event')),"
					+ " 'runnerId', json_build_object('value', cast(:r as bigint)), 'therapistId', json_build_object('value', cast(:t as bigint)),"
					+ " 'serviceId', json_build_object('value', cast(:service as bigint)), 'start', " + start + ", 'end', " + end
					+ ", 'roomId', null)::text, 'PUBLISHED', 0, NULL);\n");
		}
		script.append("SELECT id FROM package_credit WHERE runner_id = :r AND service_id = :service AND"
				+ " sessions_left > 0 AND expires_on >= current_date ORDER BY expires_on, id FETCH FIRST 1 ROWS"
				+ " ONLY;\n");
		if (contested) {
			script.append("\\endif\n");
		}
		script.append("END;\n");
		script.append("SELECT id, name, role, email, enabled, created_at, password_hash, credentials_version FROM"
				+ " account WHERE id IN (:r);\n");
		return script.toString();
	}

	/**
	 * What the web stack alone serves: the trivial {@code GET /api/v1/services} (cached catalogue, token check) by the
	 * booking's 32 clients. Not a target: the ceiling any API request meets on this machine.
	 */
	private void trivialRequests() throws Exception {
		LongAdder served = new LongAdder();
		Latencies latencies = new Latencies();
		double rate = 0;
		for (boolean measured : new boolean[] {false, true}) {
			latencies.clear();
			rate = load(BOOKING_CLIENTS, measured ? seconds : warmup, c -> {
				timed(authorized("/api/v1/services", tokens.get(c)).build(), latencies, 200);
				served.increment();
			}, served);
		}
		row("trivial request (GET /api/v1/services), 32 clients with API tokens (p50 " + ms(latencies.percentile(50))
				+ ", p99 " + ms(latencies.percentile(99)) + "; " + lastCpu + ")", String.format(Locale.ROOT, "%.0f/s", rate), "—",
				Double.NaN, "— (the web stack's ceiling)");
	}

	private void uncontestedBooking() throws Exception {
		// pgbench: therapists 41–72 (one per client), slots an hour apart from a sequence, far from RunRub's
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			sql.execute("create sequence if not exists bench_slot");
			sql.execute("create sequence if not exists bench_event");
		}
		String slot = "(timestamptz '2040-01-01 00:00Z' + :s * interval '1 hour')";
		Path same = Files.writeString(Files.createTempFile("bench-uncontested-same", ".sql"),
				"\\set t :tbase + :client_id\n\\set r :rbase + :client_id + 1\nSELECT nextval('bench_slot') AS s \\gset\n"
						+ sameStatements(slot, false));
		double pgbench = pgbench(same, BOOKING_CLIENTS, "-D", "tbase=" + therapistIds.get(40));
		String pgbenchSameCpu = pgbenchCpu;
		Path minimal = Files.writeString(Files.createTempFile("bench-uncontested-minimal", ".sql"), """
				\\set t :tbase + :client_id
				BEGIN;
				SELECT nextval('bench_slot') AS s \\gset
				SELECT id FROM therapist WHERE id = :t FOR UPDATE;
				INSERT INTO appointment (runner_id, therapist_id, service_id, start_at, end_at, block_start, block_end,
				    status, created_at)
				VALUES (:runner, :t, :service, timestamptz '2040-01-01 00:00Z' + :s * interval '1 hour',
				    timestamptz '2040-01-01 00:50Z' + :s * interval '1 hour',
				    timestamptz '2040-01-01 00:00Z' + :s * interval '1 hour',
				    timestamptz '2040-01-01 01:00Z' + :s * interval '1 hour', 'BOOKED', now())
				ON CONFLICT DO NOTHING;
				END;
				""".replace("\n    ", " ").replace("\n\t", " "));
		double pgbenchMinimal = pgbench(minimal, BOOKING_CLIENTS, "-D", "tbase=" + therapistIds.get(40));

		// RunRub: client c books therapist c's free hours one after the other, from day 20 on
		LongAdder booked = new LongAdder();
		Map<Integer, LongAdder> failures = new ConcurrentHashMap<>();
		Latencies latencies = new Latencies();
		FreeSlots[] slots = new FreeSlots[BOOKING_CLIENTS];
		for (int c = 0; c < BOOKING_CLIENTS; c++) {
			slots[c] = new FreeSlots(LocalDate.now(zone).plusDays(BenchClinic.FIRST_FREE_DAY));
		}
		double rate = 0;
		double drained = 0;
		for (boolean measured : new boolean[] {false, true}) {
			// the follow-up work of the warm-up's bookings is done before the measured run starts
			drained = drain();
			booked.reset();
			failures.clear();
			latencies.clear();
			rate = load(BOOKING_CLIENTS, measured ? seconds : warmup, c -> {
				String body = "{\"serviceId\":" + sportsService + ",\"therapistId\":" + therapistIds.get(c)
						+ ",\"start\":\"" + slots[c].next() + "\"}";
				int status = timed(authorized("/api/v1/appointments", tokens.get(c))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), latencies, -1);
				if (status == 201) {
					booked.increment();
				}
				else {
					failures.computeIfAbsent(status, s -> new LongAdder()).increment();
				}
			}, booked);
		}
		String bookingCpu = lastCpu;
		row("uncontested booking, 32 clients with API tokens (bookings/s; p50 " + ms(latencies.percentile(50))
				+ ", p99 " + ms(latencies.percentile(99)) + "; " + bookingCpu
				+ (failures.isEmpty() ? "" : "; refused " + failures)
				+ ")", String.format(Locale.ROOT, "%.0f/s", rate),
				String.format(Locale.ROOT, "%.0f tps (pgbench, 32 clients, the booking's own statements; %s)", pgbench,
						pgbenchSameCpu),
				rate / pgbench, "≥ 0.25, p99 < 100 ms");
		// each booking's follow-up work (messages, the plan, grants, webhooks) runs after it commits: the rate the
		// clinic can sustain counts the time until all of it is done
		drained = drain();
		double sustained = booked.sum() / (seconds + drained);
		row(String.format(Locale.ROOT, "uncontested booking, sustained: the same bookings over the %d s run and the"
				+ " %.1f s after it until the follow-up work of every one was done", seconds, drained),
				String.format(Locale.ROOT, "%.0f/s", sustained),
				String.format(Locale.ROOT, "%.0f tps (pgbench, the booking's own statements)", pgbench),
				sustained / pgbench, "—");
		row("uncontested booking, the same run against the bare shape (row lock + insert only)",
				String.format(Locale.ROOT, "%.0f/s", rate),
				String.format(Locale.ROOT, "%.0f tps (pgbench, 32 clients, 2 statements)", pgbenchMinimal),
				rate / pgbenchMinimal, "—");
	}

	private void contestedBooking() throws Exception {
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			sql.execute("create sequence if not exists bench_event");
		}
		// pgbench: 4 slots at 2040-06-01 10:00Z, therapists 73–76, the booking's own statements (then the bare shape,
		// its 4 slots an hour later)
		Path same = Files.writeString(Files.createTempFile("bench-contested-same", ".sql"),
				"\\set t :tbase + random(0, 3)\n\\set r :rbase + :client_id + 1\n"
						+ sameStatements("timestamptz '2040-06-01 10:00Z'", true));
		double pgbench = pgbench(same, BOOKING_CLIENTS, "-D", "tbase=" + therapistIds.get(72));
		String pgbenchSameCpu = pgbenchCpu;
		Path minimal = Files.writeString(Files.createTempFile("bench-contested-minimal", ".sql"), """
				\\set t :tbase + random(0, 3)
				BEGIN;
				SELECT id FROM therapist WHERE id = :t FOR UPDATE;
				INSERT INTO appointment (runner_id, therapist_id, service_id, start_at, end_at, block_start, block_end, status, created_at) VALUES (:runner, :t, :service, timestamptz '2040-06-01 11:00Z', timestamptz '2040-06-01 11:50Z', timestamptz '2040-06-01 11:00Z', timestamptz '2040-06-01 12:00Z', 'BOOKED', now()) ON CONFLICT DO NOTHING;
				END;
				""");
		long pgWinners = winners("timestamptz '2040-06-01 10:00Z'", therapistIds.subList(72, 76));
		double pgbenchMinimal = pgbench(minimal, BOOKING_CLIENTS, "-D", "tbase=" + therapistIds.get(72));
		pgWinners = Math.min(pgWinners, winners("timestamptz '2040-06-01 11:00Z'", therapistIds.subList(72, 76)));

		// RunRub: 4 slots of therapists 77–80 at 10:00 on day 18 (or the next working day); each request picks one
		LocalDate day = LocalDate.now(zone).plusDays(BenchClinic.FIRST_FREE_DAY - 2);
		if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(10, 0), zone);
		LongAdder requests = new LongAdder();
		LongAdder booked = new LongAdder();
		Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
		double rate = 0;
		for (boolean measured : new boolean[] {false, true}) {
			requests.reset();
			statuses.clear();
			rate = load(BOOKING_CLIENTS, measured ? seconds : warmup, c -> {
				long therapist = therapistIds.get(76 + ThreadLocalRandom.current().nextInt(4));
				String body = "{\"serviceId\":" + sportsService + ",\"therapistId\":" + therapist + ",\"start\":\""
						+ start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\"}";
				int status = timed(authorized("/api/v1/appointments", tokens.get(c))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), null, -1);
				requests.increment();
				statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
				if (status == 201) {
					booked.increment();
				}
			}, requests);
		}
		long winners = winners("timestamptz '" + start.toOffsetDateTime() + "'", therapistIds.subList(76, 80));
		boolean oneEach = winners == 4 && booked.sum() == 4 && pgWinners == 4;
		row("contested booking, 32 clients, 4 slots (requests/s; " + lastCpu + "; answers " + statuses
				+ "; winners per slot: RunRub "
				+ winners + "/4 with " + booked.sum() + " × 201, pgbench " + pgWinners + "/4)",
				String.format(Locale.ROOT, "%.0f/s", rate),
				String.format(Locale.ROOT, "%.0f tps (pgbench, 32 clients, the booking's own statements; %s)", pgbench,
						pgbenchSameCpu),
				rate / pgbench, "≥ 0.90, one winner per slot: " + (oneEach ? "yes" : "NO"));
		row("contested booking, the same run against the bare shape (row lock + insert only)",
				String.format(Locale.ROOT, "%.0f/s", rate),
				String.format(Locale.ROOT, "%.0f tps (pgbench, 32 clients, 2 statements)", pgbenchMinimal),
				rate / pgbenchMinimal, "—");
	}

	/**
	 * Waits until every event publication is complete (each booking's listeners have run) and returns how long that
	 * took, in seconds.
	 */
	private double drain() throws SQLException {
		long begin = System.nanoTime();
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			Awaitility.await("the listeners' backlog")
				.atMost(Duration.ofMinutes(15))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> single(sql, "select count(*) from event_publication where completion_date is null") == 0);
		}
		return (System.nanoTime() - begin) / 1e9;
	}

	/** How many of these therapists' slots at that time hold exactly one booked appointment. */
	private long winners(String at, List<Long> therapists) throws SQLException {
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			String ids = therapists.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
			return single(sql, "select count(*) from (select therapist_id from appointment where status = 'BOOKED'"
					+ " and start_at = " + at + " and therapist_id in (" + ids + ") group by therapist_id"
					+ " having count(*) = 1) one");
		}
	}

	private void pages() throws Exception {
		int users = PAGE_RUNNERS + PAGE_THERAPISTS;
		HttpClient[] sessions = new HttpClient[users];
		String[][] paths = new String[users][];
		for (int u = 0; u < users; u++) {
			boolean runner = u < PAGE_RUNNERS;
			sessions[u] = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			// runners other than the booking clients, whose hundreds of bookings from the stress runs above no
			// runner has; runners 1–100 have a year of training
			login(sessions[u], runner ? BenchClinic.runnerEmail(BOOKING_CLIENTS + u + 1)
					: BenchClinic.therapistEmail(u - PAGE_RUNNERS + 1));
			String appointment = runner ? null : nextAppointmentOf(therapistIds.get(u - PAGE_RUNNERS));
			paths[u] = Arrays.stream(runner ? RUNNER_PAGES : THERAPIST_PAGES)
				.map(p -> p.replace("{id}", String.valueOf(appointment)))
				.toArray(String[]::new);
		}
		Map<String, Latencies> byPage = new LinkedHashMap<>();
		for (String page : RUNNER_PAGES) {
			byPage.put(page, new Latencies());
		}
		for (String page : THERAPIST_PAGES) {
			byPage.put(page, new Latencies());
		}
		Map<String, Map<Integer, LongAdder>> errors = new ConcurrentHashMap<>();
		AtomicInteger[] next = new AtomicInteger[users];
		for (int u = 0; u < users; u++) {
			next[u] = new AtomicInteger(u);
		}
		LongAdder served = new LongAdder();
		// first as people use pages (each user reads a page for 0.5–1.5 s before the next: a fast reader; people
		// take far longer), then as a stress test with no pause at all (50 requests always in flight)
		for (long thinkMillis : THINK_MILLIS > 0 ? new long[] {THINK_MILLIS, 0} : new long[] {0}) {
			for (boolean measured : new boolean[] {false, true}) {
				byPage.values().forEach(Latencies::clear);
				errors.clear();
				load(users, measured ? seconds : warmup, u -> {
					if (thinkMillis > 0) {
						// a user's reading time, not a wait for a result
						LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(
								thinkMillis / 2 + ThreadLocalRandom.current().nextLong(thinkMillis + 1)));
					}
					String[] mine = paths[u];
					int i = Math.floorMod(next[u].getAndIncrement(), mine.length);
					String page = (u < PAGE_RUNNERS ? RUNNER_PAGES : THERAPIST_PAGES)[i];
					long begin = System.nanoTime();
					HttpResponse<Void> response = sessions[u].send(get(mine[i]).build(),
							HttpResponse.BodyHandlers.discarding());
					long took = System.nanoTime() - begin;
					served.increment();
					if (response.statusCode() == 200) {
						byPage.get(page).add(took);
					}
					else {
						errors.computeIfAbsent(page, p -> new ConcurrentHashMap<>())
							.computeIfAbsent(response.statusCode(), s -> new LongAdder())
							.increment();
					}
				}, served);
			}
			double rate = served.sum() / (double) seconds;
			for (Map.Entry<String, Latencies> page : byPage.entrySet()) {
				Latencies l = page.getValue();
				boolean runner = Arrays.asList(RUNNER_PAGES).contains(page.getKey());
				Map<Integer, LongAdder> failed = errors.get(page.getKey());
				row("page " + page.getKey() + " (" + (runner ? "runner" : "therapist") + "), 50 users "
						+ (thinkMillis > 0 ? "reading ~" + thinkMillis + " ms per page" : "with no pause")
						+ String.format(Locale.ROOT, " (%.0f pages/s in all)", rate) + ": p50 / p95 (" + l.count()
						+ " served" + (failed == null ? "" : ", failed " + failed) + ")",
						ms(l.percentile(50)) + " / " + ms(l.percentile(95)), "—", Double.NaN,
						thinkMillis > 0 ? "p95 < 150 ms" : "— (stress)");
			}
		}
	}

	private String nextAppointmentOf(long therapist) throws SQLException {
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			return String.valueOf(single(sql, "select id from appointment where therapist_id = " + therapist
					+ " and start_at > now() order by start_at limit 1"));
		}
	}

	private void login(HttpClient session, String email) throws Exception {
		HttpResponse<String> form = session.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
		String body = "username=" + enc(email) + "&password=" + enc(BenchClinic.PASSWORD) + "&_csrf=" + enc(token);
		HttpResponse<Void> done = session.send(request("/login")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = done.headers().firstValue("Location").orElse("");
		if (done.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
			throw new IllegalStateException("login of " + email + " failed: " + done.statusCode() + " " + location);
		}
	}

	private double pgbench(Path script, int clients, String... extra) throws Exception {
		long runner;
		long rbase;
		String tokenHash;
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			runner = single(sql, "select id from account where email = '" + BenchClinic.runnerEmail(1000) + "'");
			rbase = single(sql, "select id from account where email = '" + BenchClinic.runnerEmail(1) + "'") - 1;
			if (single(sql, "select id from account where email = '" + BenchClinic.runnerEmail(clients) + "'")
					!= rbase + clients) {
				throw new IllegalStateException("the runners' ids are not consecutive: :r would name others");
			}
			try (ResultSet rows = sql.executeQuery("select token_hash from api_token order by id limit 1")) {
				rows.next();
				tokenHash = rows.getString(1);
			}
		}
		double tps = 0;
		for (boolean measured : new boolean[] {false, true}) {
			List<String> command = new ArrayList<>(List.of(System.getProperty("bench.pgbench", "pgbench"), "-n",
					"-M", "prepared", "-c", String.valueOf(clients), "-j", "2", "-T",
					String.valueOf(measured ? seconds : warmup), "-h", pgHost, "-p", String.valueOf(pgPort), "-U",
					pgUser, "-D", "runner=" + runner, "-D", "service=" + sportsService, "-D", "tokenhash=" + tokenHash, "-D", "rbase=" + rbase, "-f", script.toString()));
			command.addAll(Arrays.asList(extra));
			command.add(database);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().put("PGPASSWORD", pgPassword);
			long[] cpuBefore = cpu();
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			long[] cpuAfter = cpu();
			if (process.waitFor() != 0) {
				throw new IllegalStateException("pgbench failed:\n" + output);
			}
			Matcher match = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
			if (!match.find()) {
				throw new IllegalStateException("no tps in pgbench's output:\n" + output);
			}
			tps = Double.parseDouble(match.group(1));
			Matcher count = Pattern.compile("number of transactions actually processed: ([0-9]+)").matcher(output);
			if (count.find()) {
				pgbenchCpu = String.format(Locale.ROOT, "PostgreSQL's CPU per transaction %.2f ms",
						(cpuAfter[1] - cpuBefore[1]) / 1e6 / Math.max(1, Long.parseLong(count.group(1))));
			}
		}
		log("%s", pgbenchCpu);
		try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
			// the event rows of the "same statements" scripts name no real listener: RunRub must never see them
			sql.execute("delete from event_publication where listener_id like 'bench.pgbench.%'");
		}
		log("pgbench %s: %.0f tps", script.getFileName(), tps);
		return tps;
	}

	// --- load and timing ---------------------------------------------------------------------------------------------

	interface Client {

		void act(int client) throws Exception;

	}

	/**
	 * {@code clients} threads, each acting in a loop for {@code secondsToRun}; returns {@code counter}'s count per
	 * second (it is reset first).
	 */
	private double load(int clients, int secondsToRun, Client client, LongAdder counter) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(secondsToRun);
			counter.reset();
			long[] cpuBefore = cpu();
			long begin = System.nanoTime();
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int id = c;
				running.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						client.act(id);
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
			long[] cpuAfter = cpu();
			long done = Math.max(1, counter.sum());
			lastCpu = String.format(Locale.ROOT, "CPU per request: RunRub %.2f ms, PostgreSQL %.2f ms, load generator"
					+ " %.2f ms", (cpuAfter[0] - cpuBefore[0]) / 1e6 / done, (cpuAfter[1] - cpuBefore[1]) / 1e6 / done,
					(cpuAfter[2] - cpuBefore[2]) / 1e6 / done);
			log("%s", lastCpu);
			return counter.sum() / ((System.nanoTime() - begin) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * CPU time used so far, in nanoseconds: by RunRub's process, by PostgreSQL's processes (every process whose command
	 * is {@code postgres}: the embedded server's; with {@code -Dbench.pg.host} on this machine, that server's) and by
	 * this process (the load generator).
	 */
	private long[] cpu() {
		long app = appProcess == null ? 0 : appProcess.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
		long postgres = ProcessHandle.allProcesses()
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
			.mapToLong(LoadSuite::cpuWithReapedChildren)
			.sum();
		long self = ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
		return new long[] {app, postgres, self};
	}

	/**
	 * A process's CPU time with that of its children that have ended (Linux's {@code /proc/PID/stat}: utime, stime,
	 * cutime, cstime, in clock ticks of 10 ms): PostgreSQL's server collects its ended connection processes, whose
	 * time {@link ProcessHandle.Info#totalCpuDuration()} would lose (pgbench's connections end with its run).
	 */
	private static long cpuWithReapedChildren(ProcessHandle process) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// fields[0] is the state (the stat file's 3rd field): utime is the 14th field, so fields[11]
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
					+ Long.parseLong(fields[14]);
			return TimeUnit.MILLISECONDS.toNanos(ticks * 10);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

	/** Sends the request, adds its time to {@code into} (if given), checks the status (unless -1) and returns it. */
	private int timed(HttpRequest request, Latencies into, int expected) throws Exception {
		long begin = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - begin;
		if (expected != -1) {
			check(response, expected, request.uri().toString());
		}
		if (into != null) {
			into.add(took);
		}
		return response.statusCode();
	}

	private static void check(HttpResponse<String> response, int expected, String what) {
		if (response.statusCode() != expected) {
			throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	/** Latencies in nanoseconds, from many threads. */
	static final class Latencies {

		private final List<Long> values = new ArrayList<>();

		synchronized void add(long nanos) {
			values.add(nanos);
		}

		synchronized void clear() {
			values.clear();
		}

		synchronized int count() {
			return values.size();
		}

		synchronized double mean() {
			return values.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
		}

		synchronized double percentile(int p) {
			if (values.isEmpty()) {
				return Double.NaN;
			}
			long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		}

	}

	/** One client's free slots: the working hours of the generated clinic, day after day. */
	final class FreeSlots {

		private LocalDate day;
		private int hour = -1;

		FreeSlots(LocalDate from) {
			day = from;
		}

		synchronized String next() {
			hour++;
			if (hour == SLOT_HOURS.length) {
				hour = 0;
				day = day.plusDays(1);
			}
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				day = day.plusDays(1);
			}
			return ZonedDateTime.of(day, LocalTime.of(SLOT_HOURS[hour], 0), zone)
				.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}

	}

	// --- output ----------------------------------------------------------------------------------------------------

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder authorized(String path, String token) {
		return request(path).header("Authorization", "Bearer " + token);
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String ms(double nanos) {
		return String.format(Locale.ROOT, nanos < 10e6 ? "%.2f ms" : "%.0f ms", nanos / 1e6);
	}

	private void row(String figure, String value, String reference, double ratio, String target) {
		table.add(new String[] {figure, value, reference,
				Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.2f", ratio), target});
		log("%s: %s vs %s", figure, value, reference);
	}

	private void printTable() {
		System.out.println();
		System.out.println("| figure | RunRub | reference | ratio | target |");
		System.out.println("|---|---|---|---|---|");
		for (String[] r : table) {
			System.out.println("| " + String.join(" | ", r) + " |");
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "%d s measured after %d s warm-up each; %d cores; load average %s; %s%n",
				seconds, warmup, Runtime.getRuntime().availableProcessors(), loadAverage(),
				ZonedDateTime.now(ZoneId.of("UTC")));
	}

	/** The machine's load average (Linux), so that a table measured on a busy machine says so. */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[load] " + format + "%n", args);
	}

}
