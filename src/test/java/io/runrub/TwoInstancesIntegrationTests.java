package io.runrub;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.runrub.accounts.RunnerId;
import io.runrub.runners.Answers;
import io.runrub.runners.IntakeScreening;
import io.runrub.support.CheapPasswordHashing;
import io.runrub.support.FreshPostgresDatabase;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two RunRub instances on one PostgreSQL behave as one, as they would behind a load balancer: a session signed in on
 * one is valid on the other (sessions live in the database), 2 × 16 threads racing for the same therapist's time
 * across both book no two overlapping appointments and are each answered 201 or 409, and a reminder that falls due
 * while both dispatchers run is delivered exactly once to a real SMTP server (GreenMail) inside the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTests {

	private static final String PASSWORD = "hill-repeats-in-the-fog-42";

	private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private JdbcClient jdbc;

	private String database;

	@BeforeAll
	void startTwoInstances() {
		smtp.start();
		database = FreshPostgresDatabase.newDatabase();
		// one after the other: the first migrates the database and seeds the demo clinic, the second finds both done
		first = start(database, true);
		second = start(database, false);
		jdbc = first.getBean(JdbcClient.class);
	}

	@AfterAll
	void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { second, first }) {
			if (context != null) {
				context.close();
			}
		}
		smtp.stop();
	}

	private ConfigurableApplicationContext start(String database, boolean demo) {
		return new SpringApplicationBuilder(RunRubApplication.class, CheapPasswordHashing.class).run(
				"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0", "--runrub.demo=" + demo,
				"--spring.main.banner-mode=off", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--runrub.notifications.dispatch-interval=PT0.5S",
				"--spring.datasource.hikari.maximum-pool-size=12");
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	void aSessionSignedInOnOneInstanceIsValidOnTheOther() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = browser
			.send(HttpRequest.newBuilder(URI.create(base(first) + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base(first) + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode("runner@runrub.demo") + "&password="
					+ encode("runrub-demo") + "&_csrf=" + encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

		HttpResponse<String> onTheOther = browser.send(
				HttpRequest.newBuilder(URI.create(base(second) + "/api/v1/appointments")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onTheOther.statusCode()).as("the session cookie from the first instance, on the second")
			.isEqualTo(200);
		HttpResponse<String> stranger = http.send(
				HttpRequest.newBuilder(URI.create(base(second) + "/api/v1/appointments")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).as("without it").isEqualTo(401);
	}

	@Test
	void thirtyTwoThreadsRacingAcrossBothInstancesBookNoOverlapAndADueReminderIsSentOnce() throws Exception {
		List<String> runners = new ArrayList<>();
		for (int i = 0; i < 32; i++) {
			String email = "racer-" + i + "@test.runrub.io";
			send(HttpRequest.newBuilder(URI.create(base(i % 2 == 0 ? first : second) + "/api/v1/accounts"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"Racer %d\"}".formatted(email, PASSWORD, i)))
				.build(), 201);
			long account = jdbc.sql("select id from account where email = :email").param("email", email)
				.query(Long.class)
				.single();
			// the health questions, answered no to everything, so that the racer may book
			first.getBean(IntakeScreening.class).answer(RunnerId.of(account), Answers.allNo(), null);
			runners.add(basic(email, PASSWORD));
		}
		LocalDate day = LocalDate.now().plusDays(3);
		String slots = send(HttpRequest
			.newBuilder(URI.create(base(first) + "/api/v1/availability?serviceId=1&from=" + day + "&to=" + day.plusDays(7)))
			.header("Authorization", runners.get(0))
			.build(), 200);
		Matcher slot = Pattern.compile("\\{\"therapistId\":(\\d+),\"start\":\"([^\"]+)\"").matcher(slots);
		assertThat(slot.find()).as("a free slot in the demo clinic").isTrue();
		String therapist = slot.group(1);
		List<String> starts = new ArrayList<>(List.of(slot.group(2)));
		while (slot.find() && starts.size() < 4) {
			if (slot.group(1).equals(therapist)) {
				starts.add(slot.group(2));
			}
		}

		long countedBefore = bookingsCounted(metrics(first)) + bookingsCounted(metrics(second));
		long successes;
		ExecutorService threads = Executors.newFixedThreadPool(32);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 32; i++) {
				String instance = base(i % 2 == 0 ? first : second);
				String runner = runners.get(i);
				String start = starts.get(i % starts.size());
				Callable<HttpResponse<String>> booking = () -> {
					go.await();
					return http.send(HttpRequest.newBuilder(URI.create(instance + "/api/v1/appointments"))
						.header("Authorization", runner)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"serviceId\":1,\"therapistId\":" + therapist
								+ ",\"start\":\"" + start + "\"}"))
						.build(), HttpResponse.BodyHandlers.ofString());
				};
				answers.add(threads.submit(booking));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			List<String> bodies = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
				bodies.add(answer.get().statusCode() + " " + answer.get().body());
			}
			successes = statuses.stream().filter(status -> status == 201).count();
			assertThat(statuses).as("each racer is booked or told the time is taken: %s", bodies)
				.containsOnly(201, 409)
				.contains(201);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("""
				select count(*) from appointment a join appointment b on a.id < b.id
				where a.therapist_id = :therapist and b.therapist_id = :therapist
				  and a.status = 'BOOKED' and b.status = 'BOOKED'
				  and a.block_start < b.block_end and b.block_start < a.block_end""")
			.param("therapist", Long.parseLong(therapist))
			.query(Long.class)
			.single()).as("overlapping booked appointments").isZero();

		// the reminders were queued a day before each appointment; one of them falls due now, with both dispatchers on
		long booked = jdbc.sql("select id from appointment where therapist_id = :therapist and status = 'BOOKED' "
				+ "order by id fetch first 1 rows only")
			.param("therapist", Long.parseLong(therapist))
			.query(Long.class)
			.single();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from outbox_message where kind = 'REMINDER' and about = :about")
				.param("about", "appointment:" + booked)
				.query(Long.class)
				.single() == 1);
		jdbc.sql("update outbox_message set due_at = :now where kind = 'REMINDER' and about = :about")
			.param("now", OffsetDateTime.now())
			.param("about", "appointment:" + booked)
			.update();
		String subject = jdbc.sql("select subject from outbox_message where kind = 'REMINDER' and about = :about")
			.param("about", "appointment:" + booked)
			.query(String.class)
			.single();
		await().atMost(Duration.ofSeconds(20)).until(() -> reminders(subject) >= 1);
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> reminders(subject) == 1);
		assertThat(jdbc.sql("select status from outbox_message where kind = 'REMINDER' and about = :about")
			.param("about", "appointment:" + booked)
			.query(String.class)
			.single()).isEqualTo("SENT");

		// what an operator scrapes from each instance: bookings (all of them, summed over both), refusals by kind,
		// the outbox (the whole clinic's, from either)
		String[] scraped = { metrics(first), metrics(second) };
		assertThat(bookingsCounted(scraped[0]) + bookingsCounted(scraped[1]) - countedBefore)
			.as("bookings counted on the two").isEqualTo(successes);
		assertThat(scraped[0] + scraped[1]).contains("runrub_refusals_total{");
		assertThat(scraped[1]).containsPattern("runrub_messages\\{[^}]*status=\"SENT\"[^}]*\\} [1-9]")
			.contains("runrub_messages_oldest_unsent_seconds");
	}

	private String metrics(ConfigurableApplicationContext instance) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base(instance) + "/actuator/prometheus"))
			.header("Authorization", basic("admin@runrub.demo", "runrub-demo"))
			.build(), 200);
	}

	private static long bookingsCounted(String metrics) {
		Matcher counted = Pattern.compile("(?m)^runrub_bookings_total(?:\\{[^}]*\\})? ([0-9.Ee+]+)$").matcher(metrics);
		return counted.find() ? (long) Double.parseDouble(counted.group(1)) : 0;
	}

	@Test
	void everyDueReminderIsSentExactlyOnceWhileOneInstanceIsStoppedInTheMiddleAndStartedAgain() throws Exception {
		// ten runners, each with an appointment at its own time ten days from now
		LocalDate day = LocalDate.now().plusDays(10);
		List<String> starts = new ArrayList<>();
		List<String> therapists = new ArrayList<>();
		List<Long> appointments = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String email = "restart-" + i + "@test.runrub.io";
			send(HttpRequest.newBuilder(URI.create(base(first) + "/api/v1/accounts"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"Restart %d\"}".formatted(email, PASSWORD, i)))
				.build(), 201);
			long account = jdbc.sql("select id from account where email = :email").param("email", email)
				.query(Long.class)
				.single();
			first.getBean(IntakeScreening.class).answer(RunnerId.of(account), Answers.allNo(), null);
			if (starts.isEmpty()) {
				String slots = send(HttpRequest
					.newBuilder(URI.create(base(first) + "/api/v1/availability?serviceId=1&from=" + day + "&to=" + day.plusDays(3)))
					.header("Authorization", basic(email, PASSWORD))
					.build(), 200);
				Matcher slot = Pattern.compile("\\{\"therapistId\":(\\d+),\"start\":\"([^\"]+)\"").matcher(slots);
				while (slot.find() && starts.size() < 10) {
					// a time of its own, and three hours from any other picked for the same therapist
					OffsetDateTime at = OffsetDateTime.parse(slot.group(2));
					boolean apart = true;
					for (int j = 0; j < starts.size(); j++) {
						apart &= !OffsetDateTime.parse(starts.get(j)).isEqual(at)
								&& (!therapists.get(j).equals(slot.group(1)) || Math
									.abs(Duration.between(OffsetDateTime.parse(starts.get(j)), at).toHours()) >= 3);
					}
					if (apart) {
						therapists.add(slot.group(1));
						starts.add(slot.group(2));
					}
				}
				assertThat(starts).as("ten free times in the demo clinic").hasSize(10);
			}
			String booked = send(HttpRequest.newBuilder(URI.create(base(i % 2 == 0 ? first : second) + "/api/v1/appointments"))
				.header("Authorization", basic(email, PASSWORD))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"serviceId\":1,\"therapistId\":" + therapists.get(i)
						+ ",\"start\":\"" + starts.get(i) + "\"}"))
				.build(), 201);
			Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(booked);
			assertThat(id.find()).isTrue();
			appointments.add(Long.parseLong(id.group(1)));
		}
		List<String> abouts = appointments.stream().map(id -> "appointment:" + id).toList();
		await().atMost(Duration.ofSeconds(30)).until(() -> reminderRows(abouts) == 10);
		List<String> subjects = jdbc.sql("select subject from outbox_message where kind = 'REMINDER' and about in (:abouts)")
			.param("abouts", abouts)
			.query(String.class)
			.list();
		assertThat(subjects).doesNotHaveDuplicates();

		// all ten fall due at once, and the second instance is stopped while both dispatchers are at work
		jdbc.sql("update outbox_message set due_at = :now where kind = 'REMINDER' and about in (:abouts)")
			.param("now", OffsetDateTime.now())
			.param("abouts", abouts)
			.update();
		second.close();
		second = start(database, false);

		await().atMost(Duration.ofSeconds(30)).until(() -> subjects.stream().allMatch(subject -> {
			try {
				return reminders(subject) >= 1;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}));
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> {
			for (String subject : subjects) {
				if (reminders(subject) != 1) {
					return false;
				}
			}
			return true;
		});
		assertThat(jdbc.sql("select status from outbox_message where kind = 'REMINDER' and about in (:abouts)")
			.param("abouts", abouts)
			.query(String.class)
			.list()).hasSize(10).containsOnly("SENT");
	}

	private long reminderRows(List<String> abouts) {
		return jdbc.sql("select count(*) from outbox_message where kind = 'REMINDER' and about in (:abouts)")
			.param("abouts", abouts)
			.query(Long.class)
			.single();
	}

	@Test
	void anImportIsTimedBySourceAndStatus() throws Exception {
		Path fit = Paths.get("../shared/testdata/fit/garmin-fenix-5-run.fit");
		String boundary = "runrub-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
				+ fit.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		send(HttpRequest.newBuilder(URI.create(base(second) + "/api/v1/me/imports"))
			.header("Authorization", basic("runner@runrub.demo", "runrub-demo"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(fit), tail)))
			.build(), 200);

		assertThat(metrics(second)).containsPattern(
				"runrub_imports_seconds_count\\{[^}]*source=\"FIT\"[^}]*status=\"(IMPORTED|DUPLICATE[A-Z]*)\"[^}]*\\} 1");
	}

	@Test
	void theMetricsAreForAdminsOnly() throws Exception {
		send(HttpRequest.newBuilder(URI.create(base(first) + "/actuator/prometheus")).build(), 401);
		send(HttpRequest.newBuilder(URI.create(base(first) + "/actuator/prometheus"))
			.header("Authorization", basic("runner@runrub.demo", "runrub-demo"))
			.build(), 403);
		send(HttpRequest.newBuilder(URI.create(base(first) + "/actuator/health")).build(), 200);
	}

	private long reminders(String subject) throws Exception {
		long count = 0;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (subject.equals(message.getSubject())) {
				count++;
			}
		}
		return count;
	}

	private String send(HttpRequest request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(request.uri() + " answered " + response.body()).isEqualTo(expected);
		return response.body();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
