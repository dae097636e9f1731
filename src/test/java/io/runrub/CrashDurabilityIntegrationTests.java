package io.runrub;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.runrub.support.FreshPostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What RunRub acknowledged survives a crash. A real RunRub process — on the embedded file database (the production
 * setting read from the application's own properties), and on PostgreSQL with the {@code postgres} profile — books an appointment, books a whole plan and imports a FIT
 * file; each answered 2xx, and the process is killed at once ({@code kill -9}: no shutdown hook, no flush). A second
 * process on the same files finds every one of them, and the booked slot cannot be taken by anyone else.
 */
@Execution(ExecutionMode.CONCURRENT)
class CrashDurabilityIntegrationTests {

	private static final String RUNNER = basic("runner@runrub.demo", "runrub-demo");

	private static final Path FIT = Paths.get("../shared/testdata/fit/garmin-fenix-5-run.fit");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path workingDirectory;

	private Process running;

	@AfterEach
	void stop() {
		if (running != null) {
			running.destroyForcibly();
		}
	}

	@ParameterizedTest(name = "on {0}")
	@ValueSource(strings = { "H2", "PostgreSQL" })
	void aConfirmedBookingAPlanBookingAndAnImportSurviveKillMinusNine(String database) throws Exception {
		int port = freePort();
		List<String> settings = database.equals("H2") ? List.of("--spring.datasource.url=" + productionUrl())
				: List.of("--spring.profiles.active=postgres",
						"--spring.datasource.url=" + FreshPostgresDatabase.newDatabase(),
						"--spring.datasource.username=postgres", "--spring.datasource.password=");
		running = start(port, "first", settings);
		String base = "http://127.0.0.1:" + port;
		if (database.equals("H2")) {
			assertThat(Files.readString(workingDirectory.resolve("first.log")))
				.as("a new data folder is said, with where it is")
				.contains("The data folder " + workingDirectory.resolve("data") + " did not exist");
		}

		// a booking, confirmed
		LocalDate day = LocalDate.now().plusDays(3);
		String slots = send(get(base + "/api/v1/availability?serviceId=1&from=" + day + "&to=" + day.plusDays(7)), 200);
		Matcher first = Pattern.compile("\\{\"therapistId\":(\\d+),\"start\":\"([^\"]+)\"").matcher(slots);
		assertThat(first.find()).as("a free slot in the demo clinic").isTrue();
		String therapistId = first.group(1);
		String start = first.group(2);
		String booked = send(post(base + "/api/v1/appointments",
				"{\"serviceId\":1,\"therapistId\":" + therapistId + ",\"start\":\"" + start + "\"}"), 201);
		String appointmentId = firstId(booked);

		// the whole plan, confirmed
		String plan = send(post(base + "/api/v1/me/plan/book", ""), 200);
		List<String> planIds = ids(plan.substring(plan.indexOf("\"booked\""), plan.indexOf(']') + 1));
		assertThat(planIds).as("the demo plan books some massages").isNotEmpty();

		// an import, confirmed
		String imported = send(upload(base + "/api/v1/me/imports", FIT), 200);
		assertThat(imported).contains("\"imported\":1");

		running.destroyForcibly().waitFor();

		running = start(port, "second", settings);
		String mine = send(get(base + "/api/v1/appointments"), 200);
		assertThat(ids(mine)).contains(appointmentId).containsAll(planIds);
		assertThat(send(upload(base + "/api/v1/me/imports", FIT), 200)).as("the file is known already")
			.contains("\"imported\":0")
			.contains("\"duplicates\":1");

		// nobody else is offered the slot that was confirmed before the crash
		String after = send(get(base + "/api/v1/availability?serviceId=1&from=" + day + "&to=" + day.plusDays(7)), 200);
		assertThat(after).isNotEmpty()
			.doesNotContain("{\"therapistId\":" + therapistId + ",\"start\":\"" + start + "\"");
	}

	private Process start(int port, String name, List<String> settings) throws IOException {
		Path log = workingDirectory.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"io.runrub.RunRubApplication", "--server.port=" + port, "--runrub.demo=true",
				"--spring.main.banner-mode=off"));
		command.addAll(settings);
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		String base = "http://127.0.0.1:" + port;
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			assertThat(process.isAlive()).as("RunRub exited; see " + log).isTrue();
			try {
				return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		});
		return process;
	}

	/**
	 * The database address the application uses when nobody configures one: read from its own properties (the tests'
	 * configuration replaces it with an in-memory one), so this test checks the setting that ships.
	 */
	private static String productionUrl() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new FileInputStream("src/main/resources/application.properties")) {
			properties.load(in);
		}
		String url = properties.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:./");
		return url;
	}

	private String send(HttpRequest request, int expected) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(request.uri() + " answered " + response.body()).isEqualTo(expected);
		return response.body();
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", RUNNER).build();
	}

	private static HttpRequest post(String url, String json) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", RUNNER)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	private static HttpRequest upload(String url, Path file) throws IOException {
		String boundary = "runrub-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
				+ file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", RUNNER)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail)))
			.build();
	}

	private static String firstId(String json) {
		return ids(json).get(0);
	}

	private static List<String> ids(String json) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	private static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
