package io.runrub.training;

import java.io.ByteArrayInputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One request's work is bounded: what one import may hold, how many a runner may run at once, and how much a
 * runner's calendar costs to show however much training it holds.
 */
@RunRubIntegrationTest
class ImportLimitsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingImports imports;

	@Autowired
	TrainingCalendar calendar;

	@Autowired
	DataSource dataSource;

	RunRubUser rita;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rita = clinic.runner("Rita");
	}

	/** A calendar of {@code events} one-hour easy runs, one a day from 2026-01-01 (11 MB for 100,000). */
	static byte[] calendarOf(int events, int perDay) {
		StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//limits//EN\r\n");
		LocalDate first = LocalDate.of(2026, 1, 1);
		for (int i = 0; i < events; i++) {
			String day = first.plusDays(i / perDay).toString().replace("-", "");
			ics.append("BEGIN:VEVENT\r\nUID:e").append(i).append("@test\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:")
				.append(day).append(String.format("T%02d0000", 6 + i % perDay % 12))
				.append("\r\nDURATION:PT1H\r\nSUMMARY:Easy run ").append(i).append("\r\nEND:VEVENT\r\n");
		}
		return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from training_session").query(Long.class).single();
	}

	@Test
	void aCalendarOf100000EventsIsA422NamingTheLimitAndWritesNothing() throws Exception {
		byte[] huge = calendarOf(100_000, 1);
		assertThat(huge.length).isGreaterThan(10_000_000);
		long started = System.nanoTime();
		mvc.perform(multipart("/api/v1/me/imports").file(new MockMultipartFile("files", "plan.ics", null, huge))
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("more than 5,000 events")))
			.andExpect(jsonPath("$.files[0].status").value("REJECTED"));
		long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
		System.out.printf("100,000-event calendar refused in %d ms%n", millis);
		assertThat(sessions()).isZero();
	}

	@Test
	void theEventsAreCountedBeforeTheCalendarIsParsed() {
		// one event more than the limit, and the last one is broken: refused for its size, not for the damage
		byte[] over = new String(calendarOf(5_001, 1), StandardCharsets.UTF_8)
			.replace("DTSTART:20390910T060000", "DTSTART:not-a-date")
			.getBytes(StandardCharsets.UTF_8);
		ImportReport report = imports.importFiles(RunnerId.of(rita.accountId()),
				List.of(new TrainingImports.UploadedFile("plan.ics", over))).get(0);
		assertThat(report.wasRejected()).isTrue();
		assertThat(report.detail()).startsWith("ics-too-many-events");
		ImportReport atTheLimit = imports.importFiles(RunnerId.of(rita.accountId()),
				List.of(new TrainingImports.UploadedFile("plan.ics", calendarOf(5_000, 1)))).get(0);
		assertThat(atTheLimit.status()).as(atTheLimit.message()).isEqualTo(ImportReport.Status.IMPORTED);
		assertThat(sessions()).isEqualTo(5_000);
	}

	@Test
	void aFileThatCrowdsOneDayIsRefusedAndSoIsOneThatWouldOverfillTheCalendarsDay() {
		RunnerId runner = RunnerId.of(rita.accountId());
		ImportReport crowded = imports
			.importFiles(runner, List.of(new TrainingImports.UploadedFile("plan.ics", calendarOf(21, 21))))
			.get(0);
		assertThat(crowded.wasRejected()).isTrue();
		assertThat(crowded.message()).isEqualTo("This file puts more than 20 sessions on 2026-01-01, more than a "
				+ "day of training holds. Nothing was imported.");
		assertThat(sessions()).isZero();

		assertThat(imports.importFiles(runner, List.of(new TrainingImports.UploadedFile("a.ics", calendarOf(12, 12))))
			.get(0)
			.wasRejected()).isFalse();
		byte[] other = new String(calendarOf(12, 12), StandardCharsets.UTF_8).replace("@test", "@other")
			.getBytes(StandardCharsets.UTF_8);
		ImportReport overfull = imports.importFiles(runner, List.of(new TrainingImports.UploadedFile("b.ics", other)))
			.get(0);
		assertThat(overfull.wasRejected()).isTrue();
		assertThat(overfull.message()).startsWith("With this file, 2026-01-01 would hold more than 20 sessions");
		assertThat(sessions()).isEqualTo(12);
	}

	@Test
	void aRunnerMayHaveTwoImportsUnderWayAndAThirdIsTurnedAway() throws Exception {
		RunnerId runner = RunnerId.of(rita.accountId());
		CountDownLatch inside = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		byte[] plan = calendarOf(1, 1);
		List<CompletableFuture<List<ImportReport>>> running = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			TrainingImports.UploadedFile held = new TrainingImports.UploadedFile("plan.ics", plan.length, () -> {
				inside.countDown();
				try {
					assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
				}
				catch (InterruptedException ex) {
					throw new InterruptedIOException();
				}
				return new ByteArrayInputStream(plan);
			});
			running.add(CompletableFuture.supplyAsync(() -> imports.importFiles(runner, List.of(held))));
		}
		assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
		assertThatThrownBy(() -> imports.importFiles(runner,
				List.of(new TrainingImports.UploadedFile("plan.ics", plan))))
			.isInstanceOf(TrainingImports.ImportsBusy.class);
		// another runner is not held up by Rita's imports
		RunRubUser sam = clinic.runner("Sam");
		assertThat(imports.importFiles(RunnerId.of(sam.accountId()),
				List.of(new TrainingImports.UploadedFile("plan.ics", plan))).get(0).wasRejected()).isFalse();
		release.countDown();
		for (CompletableFuture<List<ImportReport>> import_ : running) {
			assertThat(import_.get(30, TimeUnit.SECONDS)).hasSize(1);
		}
		// and once they are done, Rita may import again
		assertThat(imports.importFiles(runner, List.of(new TrainingImports.UploadedFile("plan.ics", plan))).get(0)
			.status()).isEqualTo(ImportReport.Status.DUPLICATE);
	}

	@Test
	void aRunnerWith20000SessionsStillGetsTheirCalendarPage() throws Exception {
		long runner = rita.accountId();
		LocalDate today = calendar.today();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			// four a day for the 5,000 days up to today: the last weeks are what the page and the load chart read
			rows.add(new Object[] { runner, today.minusDays(i / 4), i % 2 == 0 ? "COMPLETED" : "PLANNED", "k" + i });
		}
		new JdbcTemplate(dataSource).batchUpdate("""
				insert into training_session (runner_id, session_date, type, type_guessed, status, title,
				  duration_seconds, load, load_method, source, source_key, created_at)
				values (?, ?, 'EASY', false, ?, 'Easy run', 3600, 60, 'RPE', 'ICS', ?, current_timestamp)""", rows);
		assertThat(sessions()).isEqualTo(20_000);
		for (int i = 0; i < 2; i++) { // the first request warms up the templates
			long started = System.nanoTime();
			mvc.perform(get("/training").with(httpBasic(rita.email(), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-type=\"EASY\"")));
			System.out.printf("calendar page with 20,000 sessions: %d ms%n",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		}
		long started = System.nanoTime();
		assertThat(calendar.sessions(RunnerId.of(rita.accountId()), today.minusDays(800), today)).hasSize(3_204);
		System.out.printf("800 days of 4 sessions a day with verdicts: %d ms%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}


}
