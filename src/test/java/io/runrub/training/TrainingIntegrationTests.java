package io.runrub.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.shared.DomainException;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import io.runrub.training.TrainingImports.UploadedFile;
import io.runrub.training.imports.fit.GeneratedRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The training calendar against a real database, H2 and PostgreSQL alike: sessions by hand, imports that land whole
 * or not at all and never twice, a plan and its activity shown as one, races, and the load model from stored data.
 * The clock is Friday 20 March 2026.
 */
class TrainingIntegrationTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

	}

	abstract static class Contract {

		@Autowired
		TestClinic clinic;

		@Autowired
		TrainingLog log;

		@Autowired
		TrainingCalendar calendar;

		@Autowired
		TrainingImports imports;

		@Autowired
		JdbcClient jdbc;

		RunRubUser runner;

		@BeforeEach
		void setUp() {
			clinic.reset();
			clinic.open();
			runner = clinic.runner("Rita");
		}

		long sessions() {
			return jdbc.sql("select count(*) from training_session where runner_id = :runner")
				.param("runner", runner.accountId())
				.query(Long.class)
				.single();
		}

		static byte[] resource(String path) throws IOException {
			return Files.readAllBytes(Path.of("src/test/resources", path));
		}

		@Test
		void aSessionEnteredByHandIsStoredWithItsLoadAndHardVerdict() {
			SessionView saved = log.addSession(RunnerId.of(runner.accountId()), new TrainingLog.SessionInput(TODAY.minusDays(2),
					LocalTime.of(7, 0), SessionType.TEMPO, SessionStatus.COMPLETED, "Tempo", 50, 10_000.0, 80.0, 160, 7,
					"felt strong"));
			// RPE 7 × 50 minutes = 350 on the effort scale, / 4.2 (an hour at threshold = 100) = 83.333
			assertThat(saved.load()).isCloseTo(83.333, within(0.001));
			assertThat(saved.loadMethod()).isEqualTo(LoadMethod.RPE);
			assertThat(saved.hard()).isTrue();
			assertThat(saved.hardSignal()).isEqualTo(HardSignal.QUALITY_TYPE);
			assertThat(calendar.sessions(RunnerId.of(runner.accountId()), TODAY.minusDays(7), TODAY))
				.singleElement()
				.satisfies(view -> {
					assertThat(view.title()).isEqualTo("Tempo");
					assertThat(view.distanceMeters()).isEqualTo(10_000.0);
					assertThat(view.startTime()).isEqualTo(LocalTime.of(7, 0));
				});
		}

		@Test
		void aCompletedSessionInTheFutureIsRefusedAndNothingIsWritten() {
			assertThatThrownBy(() -> log.addSession(RunnerId.of(runner.accountId()),
					new TrainingLog.SessionInput(TODAY.plusDays(1), null, SessionType.EASY, SessionStatus.COMPLETED,
							null, 30, null, null, null, null, null)))
				.isInstanceOfSatisfying(DomainException.RuleViolation.class,
						ex -> assertThat(ex.code()).isEqualTo("session-completed-in-future"));
			assertThat(sessions()).isZero();
		}

		@Test
		void theSameFitFileImportedTwiceCreatesNothingNew() throws IOException {
			UploadedFile fit = new UploadedFile("garmin-fenix-5-run.fit", resource("fit/garmin-fenix-5-run.fit"));
			ImportReport first = imports.importFiles(RunnerId.of(runner.accountId()), List.of(fit)).get(0);
			ImportReport second = imports.importFiles(RunnerId.of(runner.accountId()), List.of(fit)).get(0);
			assertThat(first.status()).isEqualTo(ImportReport.Status.IMPORTED);
			assertThat(first.imported()).isEqualTo(1);
			assertThat(second.status()).isEqualTo(ImportReport.Status.DUPLICATE);
			assertThat(second.duplicates()).isEqualTo(1);
			assertThat(sessions()).isEqualTo(1);
			// 11 June 2017 14:34 UTC is 15:34 in London (summer time)
			SessionView run = calendar.sessions(RunnerId.of(runner.accountId()), LocalDate.of(2017, 6, 11), LocalDate.of(2017, 6, 11))
				.get(0);
			assertThat(run.startTime()).isEqualTo(LocalTime.of(15, 34));
			assertThat(run.source()).isEqualTo("FIT");
			assertThat(run.status()).isEqualTo(SessionStatus.COMPLETED);
		}

		@Test
		void aBrokenFileIsRejectedWithAReasonAndChangesNothing() throws IOException {
			List<ImportReport> reports = imports.importFiles(RunnerId.of(runner.accountId()),
					List.of(new UploadedFile("broken.fit", resource("fit/activity-unexpected-eof.fit")),
							new UploadedFile("evil.gpx", """
									<?xml version="1.0"?>
									<!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
									<gpx><trk><name>&xxe;</name></trk></gpx>""".getBytes(StandardCharsets.UTF_8)),
							new UploadedFile("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))));
			assertThat(reports).allMatch(ImportReport::wasRejected);
			assertThat(reports.get(0).message()).contains("This file is damaged near the end — export it again from your watch.");
			assertThat(reports.get(0).detail()).contains("truncated");
			assertThat(reports.get(1).message()).contains("DOCTYPE");
			assertThat(reports.get(2).message()).contains("cannot read this kind of file");
			assertThat(sessions()).isZero();
		}

		@Test
		void aPlannedSessionAndTheActivityDoneForItAreShownAsOne() {
			LocalDate day = TODAY.minusDays(1);
			String ics = """
					BEGIN:VCALENDAR\r
					VERSION:2.0\r
					PRODID:-//Test//EN\r
					BEGIN:VEVENT\r
					UID:plan-1\r
					DTSTAMP:20260101T000000Z\r
					DTSTART;VALUE=DATE:%s\r
					SUMMARY:Intervals: 6 x 800m\r
					END:VEVENT\r
					END:VCALENDAR\r
					""".formatted(day.toString().replace("-", ""));
			imports.importFiles(RunnerId.of(runner.accountId()),
					List.of(new UploadedFile("plan.ics", ics.getBytes(StandardCharsets.UTF_8)),
							new UploadedFile("run.fit", GeneratedRuns.run(day.atTime(18, 0).atZone(LONDON).toInstant(),
									Duration.ofMinutes(55), 3))));
			assertThat(sessions()).isEqualTo(2);
			List<TrainingCalendar.CalendarEntry> entries = calendar.calendar(RunnerId.of(runner.accountId()), day, day).get(day);
			assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.session().status()).isEqualTo(SessionStatus.COMPLETED);
				assertThat(entry.session().type()).as("the run takes the planned type").isEqualTo(SessionType.INTERVALS);
				assertThat(entry.session().plannedId()).isNotNull();
				assertThat(entry.session().hard()).isTrue();
				assertThat(entry.missedPlan()).isFalse();
			});
		}

		@Test
		void aRaceComesWithAPlannedRaceDayThatMovesAndGoesWithIt() {
			RaceView race = log.addRace(RunnerId.of(runner.accountId()),
					new TrainingLog.RaceInput(TODAY.plusWeeks(6), "Riverside Marathon", 42_195.0, RacePriority.A));
			assertThat(calendar.sessions(RunnerId.of(runner.accountId()), TODAY.plusWeeks(6), TODAY.plusWeeks(6)))
				.singleElement()
				.satisfies(session -> assertThat(session.type()).isEqualTo(SessionType.RACE));
			log.updateRace(RunnerId.of(runner.accountId()), race.id(),
					new TrainingLog.RaceInput(TODAY.plusWeeks(7), "Riverside Marathon", 42_195.0, RacePriority.A));
			assertThat(calendar.sessions(RunnerId.of(runner.accountId()), TODAY.plusWeeks(6), TODAY.plusWeeks(6))).isEmpty();
			assertThat(calendar.sessions(RunnerId.of(runner.accountId()), TODAY.plusWeeks(7), TODAY.plusWeeks(7))).hasSize(1);
			log.deleteRace(RunnerId.of(runner.accountId()), race.id());
			assertThat(sessions()).isZero();
			assertThat(calendar.races(RunnerId.of(runner.accountId()), TODAY.minusYears(1), TODAY.plusYears(3))).isEmpty();
		}

		@Test
		void dailyLoadFollowsTheModelFromStoredSessions() {
			LocalDate day = TODAY.minusDays(10);
			log.addSession(RunnerId.of(runner.accountId()), new TrainingLog.SessionInput(day, null, SessionType.EASY,
					SessionStatus.COMPLETED, null, 60, null, null, null, 5, null));
			List<DailyLoad> rows = calendar.dailyLoad(RunnerId.of(runner.accountId()), day, day.plusDays(1));
			// 5 × 60 = 300 / 4.2 = 71.4286. History started that day: the seed is the average of its 11 days up to
			// today, 71.4286 / 11 = 6.4935; fitness 6.4935 + (1 − e^(−1/42)) × (71.4286 − 6.4935) = 8.0213;
			// fatigue 6.4935 + (1 − e^(−1/7)) × (71.4286 − 6.4935) = 15.1378
			assertThat(rows.get(0).load()).isCloseTo(71.4286, within(0.0001));
			assertThat(rows.get(0).fitness()).isCloseTo(8.0213, within(0.0001));
			assertThat(rows.get(0).fatigue()).isCloseTo(15.1378, within(0.0001));
			assertThat(rows.get(1).form()).isCloseTo(8.0213 - 15.1378, within(0.0001));
			assertThat(rows.get(0).methods()).containsExactly(LoadMethod.RPE);
			assertThat(rows).allMatch(DailyLoad::provisional).noneMatch(DailyLoad::spike);
		}

		@Test
		void theRunnersOwnSayOnHardIsKept() {
			SessionView easy = log.addSession(RunnerId.of(runner.accountId()), new TrainingLog.SessionInput(TODAY.minusDays(1), null,
					SessionType.EASY, SessionStatus.COMPLETED, null, 30, null, null, null, 3, null));
			assertThat(easy.hard()).isFalse();
			SessionView marked = log.setHard(RunnerId.of(runner.accountId()), easy.id(), true);
			assertThat(marked.hard()).isTrue();
			assertThat(marked.hardSignal()).isEqualTo(HardSignal.SET_BY_RUNNER);
			assertThat(calendar.session(RunnerId.of(runner.accountId()), easy.id()).orElseThrow().hard()).isTrue();
		}

		@Test
		void aStravaExportImportsItsActivities() throws IOException {
			ByteArrayOutputStream zip = new ByteArrayOutputStream();
			try (ZipOutputStream out = new ZipOutputStream(zip)) {
				out.putNextEntry(new ZipEntry("activities.csv"));
				out.write(("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,"
						+ "Distance,Filename\n" + "111,\"Mar 15, 2026, 8:00:00 AM\",Sunday long,Run,,5400,18.0,\n"
						+ "222,\"Mar 17, 2026, 6:30:00 PM\",Track,Run,,3000,8.2,activities/222.fit\n")
					.getBytes(StandardCharsets.UTF_8));
				out.putNextEntry(new ZipEntry("activities/222.fit"));
				out.write(GeneratedRuns.run(LocalDate.of(2026, 3, 17).atTime(18, 30).atZone(LONDON).toInstant(),
						Duration.ofMinutes(50), 9));
			}
			ImportReport report = imports.importFiles(RunnerId.of(runner.accountId()),
					List.of(new UploadedFile("export_123.zip", zip.toByteArray()))).get(0);
			assertThat(report.status()).as(report.message()).isEqualTo(ImportReport.Status.IMPORTED);
			assertThat(report.imported()).isEqualTo(2);
			assertThat(calendar.sessions(RunnerId.of(runner.accountId()), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 17)))
				.extracting(SessionView::date)
				.containsExactly(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 17));
		}


	}

}
