package io.runrub.training;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import io.runrub.training.feeds.FeedSubscriptions;
import io.runrub.training.feeds.FeedView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The training API over HTTP: the JSON shapes of the issue, problem details for bad input, one runner never reaching
 * another's sessions, and calendar feeds served by a real HTTP server on this machine.
 */
@RunRubIntegrationTest
class TrainingApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedSubscriptions feeds;

	RunRubUser rita;

	RunRubUser sam;

	HttpServer server;

	final AtomicReference<String> feedBody = new AtomicReference<>();

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rita = clinic.runner("Rita");
		sam = clinic.runner("Sam");
	}

	@AfterEach
	void stopServer() {
		if (server != null) {
			server.stop(0);
		}
	}

	static final String SESSION = """
			{"date": "2026-03-18", "startTime": "07:00", "type": "TEMPO", "status": "COMPLETED",
			 "durationMinutes": 50, "distanceMeters": 10000, "elevationGainMeters": 80, "avgHeartRate": 160, "rpe": 7,
			 "notes": "strong"}""";

	@Test
	void sessionsCanBeCreatedReadChangedAndDeletedInTheShapeOfTheIssue() throws Exception {
		String body = mvc
			.perform(post("/api/v1/me/training/sessions").with(httpBasic(rita.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SESSION))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.date").value("2026-03-18"))
			.andExpect(jsonPath("$.type").value("TEMPO"))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.durationMinutes").value(50))
			.andExpect(jsonPath("$.rpe").value(7))
			.andExpect(jsonPath("$.load").value(83.3)) // RPE 7 × 50 = 350 / 4.2: an hour at threshold is 100
			.andExpect(jsonPath("$.hard").value(true))
			.andExpect(jsonPath("$.hardReason").value(containsString("quality session")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(get("/api/v1/me/training/sessions?from=2026-03-16&to=2026-03-22")
			.with(httpBasic(rita.email(), PASSWORD))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(put("/api/v1/me/training/sessions/" + id).with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SESSION.replace("\"TEMPO\"", "\"EASY\"").replace("\"rpe\": 7", "\"rpe\": 3")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("EASY"))
			.andExpect(jsonPath("$.load").value(35.7)) // RPE 3 × 50 = 150 / 4.2
			.andExpect(jsonPath("$.hard").value(false));
		mvc.perform(delete("/api/v1/me/training/sessions/" + id).with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me/training/sessions/" + id).with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badInputIsA400WithTheFieldsAndWritesNothing() throws Exception {
		mvc.perform(post("/api/v1/me/training/sessions").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SESSION.replace("\"rpe\": 7", "\"rpe\": 11").replace("\"type\": \"TEMPO\",", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("rpe", "type")));
		assertThat(jdbc.sql("select count(*) from training_session").query(Long.class).single()).isZero();
	}

	@Test
	void oneRunnerCannotReachAnothersSessionsAndOthersMayNotUseTheRunnersApi() throws Exception {
		String body = mvc
			.perform(post("/api/v1/me/training/sessions").with(httpBasic(rita.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(SESSION))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll(".*\"id\":(\\d+).*", "$1");
		mvc.perform(get("/api/v1/me/training/sessions/" + id).with(httpBasic(sam.email(), PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/me/training/sessions/" + id).with(httpBasic(sam.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SESSION)).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/me/training/sessions/" + id).with(httpBasic(sam.email(), PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from training_session").query(Long.class).single()).isEqualTo(1);
		TherapistView alice = clinic.therapist("Alice").offering(Modality.SPORTS).create();
		mvc.perform(get("/api/v1/me/training/sessions").with(httpBasic(therapistEmail(alice), PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/load")).andExpect(status().isUnauthorized());
	}

	private String therapistEmail(TherapistView therapist) {
		return jdbc.sql("select email from account where id = :id")
			.param("id", therapist.accountId().value())
			.query(String.class)
			.single();
	}

	@Test
	void aRejectedFileAloneIsA422ProblemWithItsReportAndAMixedUploadReportsEachFile() throws Exception {
		byte[] broken = Files.readAllBytes(Path.of("src/test/resources/fit/activity-unexpected-eof.fit"));
		byte[] good = Files.readAllBytes(Path.of("src/test/resources/fit/garmin-fenix-5-run.fit"));
		mvc.perform(multipart("/api/v1/me/imports").file(new MockMultipartFile("files", "broken.fit", null, broken))
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("damaged near the end")))
			.andExpect(jsonPath("$.files[0].detail").value(containsString("truncated")))
			.andExpect(jsonPath("$.files[0].status").value("REJECTED"));
		mvc.perform(multipart("/api/v1/me/imports").file(new MockMultipartFile("files", "broken.fit", null, broken))
			.file(new MockMultipartFile("files", "run.fit", null, good))
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[0].name").value("broken.fit"))
			.andExpect(jsonPath("$.files[0].status").value("REJECTED"))
			.andExpect(jsonPath("$.files[1].status").value("IMPORTED"))
			.andExpect(jsonPath("$.files[1].imported").value(1))
			.andExpect(jsonPath("$.files[1].duplicates").value(0));
	}

	@Autowired
	TrainingImports imports;

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
		byte[] huge = new byte[(int) TrainingImports.MAX_FILE_BYTES + 1];
		ImportReport report = imports
			.importFiles(RunnerId.of(rita.accountId()), java.util.List.of(new TrainingImports.UploadedFile("huge.fit", huge)))
			.get(0);
		assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
		assertThat(report.message()).contains("larger than the limit of 25 MB");
		assertThat(jdbc.sql("select count(*) from training_session").query(Long.class).single()).isZero();
	}

	@Test
	void loadRowsComeForEveryDayAsked() throws Exception {
		mvc.perform(post("/api/v1/me/training/sessions").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SESSION));
		mvc.perform(get("/api/v1/me/load?from=2026-03-17&to=2026-03-19").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days", hasSize(3)))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.note").value(containsString("Still learning your training")))
			// history starts on the 18th with 83.333 (350 / 4.2): the seed is its average over the 3 days to today,
			// 27.778, where fitness and fatigue stand the day before
			.andExpect(jsonPath("$.days[0].fitness").value(27.8))
			.andExpect(jsonPath("$.days[0].fatigue").value(27.8))
			.andExpect(jsonPath("$.days[1].date").value("2026-03-18"))
			.andExpect(jsonPath("$.days[1].load").value(83.3))
			.andExpect(jsonPath("$.days[1].fitness").value(29.1)) // 27.778 + (1 − e^(−1/42)) × 55.556 = 29.085
			.andExpect(jsonPath("$.days[1].fatigue").value(35.2)) // 27.778 + (1 − e^(−1/7)) × 55.556 = 35.173
			.andExpect(jsonPath("$.days[1].methods[0]").value("RPE"))
			.andExpect(jsonPath("$.days[1].provisional").value(true))
			.andExpect(jsonPath("$.days[1].spike").value(false));
	}

	@Test
	void datesFarOutOfRangeAreA400NotAFailure() throws Exception {
		mvc.perform(get("/api/v1/me/load").param("from", "+999999999-12-01")
			.param("to", "+999999999-12-31")
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/training").param("date", "-999999999-01-01").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void racesHaveTheShapeOfTheIssue() throws Exception {
		mvc.perform(post("/api/v1/me/training/races").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2026-05-10", "name": "Harbour Half", "distanceMeters": 21097.5, "priority": "B"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Harbour Half"))
			.andExpect(jsonPath("$.priority").value("B"));
		mvc.perform(get("/api/v1/me/training/races").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].date").value("2026-05-10"));
	}

	@Test
	void racesAreListedForABoundedRange() throws Exception {
		for (String date : new String[] { "2026-05-10", "2028-09-01" }) {
			mvc.perform(post("/api/v1/me/training/races").with(httpBasic(rita.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"" + date + "\", \"name\": \"Race\", \"priority\": \"B\"}"))
				.andExpect(status().isCreated());
		}
		// by default a year back and two ahead (to 2028-03-20): the race of September 2028 is for a later range
		mvc.perform(get("/api/v1/me/training/races").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(get("/api/v1/me/training/races?from=2028-01-01&to=2028-12-31")
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].date").value("2028-09-01"));
		mvc.perform(get("/api/v1/me/training/races?from=2020-01-01&to=2028-12-31")
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/training-range-too-long"))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
	}

	@Test
	void aRunnerSubscribesToAtMostTwentyFeeds() {
		for (int i = 0; i < FeedSubscriptions.MAX_FEEDS; i++) {
			jdbc.sql("insert into calendar_feed (runner_id, url) values (:runner, :url)")
				.param("runner", rita.accountId())
				.param("url", "https://coach.example/plan" + i + ".ics")
				.update();
		}
		assertThatThrownBy(() -> feeds.subscribe(RunnerId.of(rita.accountId()), "https://coach.example/one-more.ics"))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("feed-limit"));
		assertThat(feeds.feeds(RunnerId.of(rita.accountId()))).hasSize(FeedSubscriptions.MAX_FEEDS);
	}

	String feed(String... events) {
		StringBuilder body = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Coach//EN\r\n");
		for (String event : events) {
			String[] parts = event.split("\\|");
			body.append("BEGIN:VEVENT\r\nUID:").append(parts[0]).append("\r\nDTSTAMP:20260101T000000Z\r\n")
				.append("DTSTART;VALUE=DATE:").append(parts[1]).append("\r\nSUMMARY:").append(parts[2])
				.append("\r\nEND:VEVENT\r\n");
		}
		return body.append("END:VCALENDAR\r\n").toString();
	}

	@Test
	void aSubscribedFeedAddsWhatIsNewAndDropsFuturePlansItNoLongerHas() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/plan.ics", exchange -> {
			byte[] bytes = feedBody.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/calendar");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/plan.ics";
		feedBody.set(feed("a|20260323|Easy run 40 min", "b|20260325|Intervals: 5 x 1 km"));
		FeedView feed = feeds.subscribe(RunnerId.of(rita.accountId()), url);
		assertThat(feed.lastResult()).isEqualTo("2 new, 0 unchanged, 0 removed.");
		feedBody.set(feed("a|20260323|Easy run 40 min", "c|20260326|Tempo run 40 min"));
		assertThat(feeds.refresh(RunnerId.of(rita.accountId()), feed.id()).lastResult()).isEqualTo("1 new, 1 unchanged, 1 removed.");
		assertThat(jdbc.sql("select type from training_session where runner_id = :runner order by session_date")
			.param("runner", rita.accountId())
			.query(String.class)
			.list()).containsExactly("EASY", "TEMPO");
		server.stop(0);
		server = null;
		assertThatThrownBy(() -> feeds.refresh(RunnerId.of(rita.accountId()), feed.id()))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("feed-unreachable"));
		assertThat(feeds.feeds(RunnerId.of(rita.accountId())).get(0).lastResult())
			.startsWith("The feed could not be reached");
		assertThat(jdbc.sql("select count(*) from training_session").query(Long.class).single()).isEqualTo(2);
	}


	@Test
	void subscribedFeedsAreReadAgainOnScheduleOnceTheyAreOlderThanTheRefreshAgeAndABrokenOneHoldsUpNoOne() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/plan.ics", exchange -> {
			byte[] bytes = feedBody.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/calendar");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.createContext("/gone.ics", exchange -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		feedBody.set(feed("a|20260323|Easy run 40 min"));
		FeedView good = feeds.subscribe(RunnerId.of(rita.accountId()), base + "/plan.ics");
		jdbc.sql("insert into calendar_feed (runner_id, url) values (:runner, :url)")
			.param("runner", sam.accountId())
			.param("url", base + "/gone.ics")
			.update();
		feedBody.set(feed("a|20260323|Easy run 40 min", "c|20260326|Tempo run 40 min"));

		// Sam's feed was never read; Rita's was read just now and is not due yet
		assertThat(feeds.refreshDue()).isEqualTo(1);
		assertThat(feeds.feeds(RunnerId.of(sam.accountId())).get(0).lastResult()).contains("404");
		assertThat(sessionTypes(rita)).containsExactly("EASY");

		jdbc.sql("update calendar_feed set last_refreshed_at = last_refreshed_at - interval '5' hour").update();
		assertThat(feeds.refreshDue()).isEqualTo(2);
		assertThat(sessionTypes(rita)).containsExactly("EASY", "TEMPO");
		assertThat(feeds.feeds(RunnerId.of(rita.accountId())).get(0).lastResult()).isEqualTo("1 new, 1 unchanged, 0 removed.");
		assertThat(feeds.refreshDue()).isZero();
		assertThat(good.id()).isNotNull();

		// the schedule that calls it runs on one instance at a time
		assertThat(Class.forName("io.runrub.training.feeds.FeedRefreshSchedule")
			.getDeclaredMethod("refresh")
			.getAnnotation(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)).isNotNull();
	}

	List<String> sessionTypes(RunRubUser runner) {
		return jdbc.sql("select type from training_session where runner_id = :runner order by session_date")
			.param("runner", runner.accountId())
			.query(String.class)
			.list();
	}

}
