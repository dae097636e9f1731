package io.runrub.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.ApiTokens;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.plan.PlanBooking;
import io.runrub.planner.plan.PlanGeneration;
import io.runrub.planner.plan.PlannedMassage;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.OnPostgres;
import io.runrub.training.RacePriority;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.StatementCounting;
import io.runrub.support.StatementCounting.Counts;
import io.runrub.support.TestClinic;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database work of a booking and of each runner's and therapist's page, counted statement by statement
 * ({@link StatementCounting}) in a clinic of {@value #THERAPISTS} therapists: a booking by an API client with a
 * personal token takes at most 3 transactions and 10 statements of its own (plus one event publication row per
 * listening module), a page at most 15 statements (and its session's 2), however many
 * therapists the clinic has. Reading the therapists one query at a time (1 + 2N) cannot come back unnoticed.
 *
 * <p>
 * On H2 a booking may take one statement more: H2 has no exclusion constraints, so the therapist's row lock is a
 * statement of its own there, where PostgreSQL locks and inserts in one (see {@code OverlapGuard}).
 */
class DatabaseWorkBudgetIntegrationTests {

	static final int THERAPISTS = 20;

	/** The booking's own statements: the target of issue 11. */
	static final int BOOKING_STATEMENTS = 10;

	/**
	 * Besides its own work, a booking writes one row of Spring Modulith's event publication registry per module that
	 * listens to {@code AppointmentBooked} (planner, care, notifications, feeds' webhooks), in the same transaction:
	 * that is what makes each listener durable. Counted apart so that a new listener is a visible decision.
	 */
	static final int EVENT_ROWS = 4;

	static final int BOOKING_TRANSACTIONS = 3;

	/** The asynchronous listeners of {@code AppointmentBooked}, one transaction each. */
	static final int LISTENERS = 4;

	/**
	 * The statements of those listeners together, after the booking commits, their completions included (44 before
	 * the catalogue was checked once per transaction, the appointment read once and the planner asked one question).
	 */
	static final int AFTER_BOOKING_STATEMENTS = 22;

	static final int PAGE_STATEMENTS = 15;

	/**
	 * A page's session lives in the database (Spring Session JDBC, so that any instance serves anyone): a request
	 * reads it and writes its last access (2 statements), or creates it (its row and the CSRF token's, 2 statements).
	 */
	static final int SESSION_STATEMENTS = 2;

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

		@Override
		int bookingStatements() {
			return BOOKING_STATEMENTS + 1;
		}

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

		@Override
		int bookingStatements() {
			return BOOKING_STATEMENTS;
		}

	}

	abstract static class Contract {

		@Autowired
		MockMvc mvc;

		@Autowired
		TestClinic clinic;

		@Autowired
		ApiTokens tokens;

		@Autowired
		AppointmentBooking booking;

		@Autowired
		ProfileKeeping profiles;

		@Autowired
		PlanGeneration generation;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		TrainingLog training;

		@Autowired
		PlanBooking planBooking;

		RunRubUser rosa;

		String token;

		abstract int bookingStatements();

		TherapistView first;

		MassageService sports;

		@BeforeEach
		void aClinicOfTwentyTherapists() {
			clinic.reset();
			clinic.open();
			List<TherapistView> therapists = new ArrayList<>();
			for (int i = 0; i < THERAPISTS; i++) {
				therapists.add(clinic.therapist("Therapist " + (char) ('A' + i))
					.offering(SPORTS)
					.monToSat("09:00-13:00", "14:00-18:00")
					.create());
			}
			first = therapists.get(0);
			sports = clinic.service("Sports massage", SPORTS, 60).buffers(0, 15).create();
			rosa = clinic.runner("Rosa");
			token = tokens.create(AccountId.of(rosa.accountId()), "benchmark").token();
			// history on the pages: two booked appointments with two therapists
			booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-30T09:00"),
					first.id(), null));
			booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-04-01T09:00"),
					therapists.get(1).id(), null));
			clinic.awaitEvents();
		}

		@Test
		void aBookingByAnApiClientTakesAtMostThreeTransactionsAndTenStatements() throws Exception {
			book("2026-03-31T09:00:00+01:00", null); // warms the catalogue, as any earlier request would

			Counts withTherapist = StatementCounting.count(() -> book("2026-03-31T11:00:00+01:00", first.id().value()));
			Counts anyTherapist = StatementCounting.count(() -> book("2026-03-31T14:00:00+01:00", null));

			for (Counts counts : List.of(withTherapist, anyTherapist)) {
				long eventRows = counts.sql().stream().filter(sql -> sql.startsWith("INSERT INTO EVENT_PUBLICATION")).count();
				assertThat(eventRows).as(counts.toString()).isLessThanOrEqualTo(EVENT_ROWS);
				assertThat(counts.statements() - eventRows).as(counts.toString()).isLessThanOrEqualTo(bookingStatements());
				assertThat(counts.transactions()).as(counts.toString()).isLessThanOrEqualTo(BOOKING_TRANSACTIONS);
				assertThat(counts.sql()).filteredOn(sql -> sql.contains("insert into appointment")).hasSize(1);
			}
		}

		/**
		 * What each booking sets off after it commits, on the listeners' threads: the confirmation and the reminder
		 * (with one calendar file), the care grant, the webhook deliveries and the planner's check, each listener in
		 * its own transaction with its event publication's completion. A runner without a plan costs the planner one
		 * query; the catalogue is checked once per listener's transaction, not once per question.
		 */
		@Test
		void theWorkAfterABookingCommitsStaysWithinItsBudget() throws Exception {
			book("2026-03-31T09:00:00+01:00", null); // warms the catalogue, as any earlier request would
			clinic.awaitEvents();

			Counts after = StatementCounting.countListeners(() -> {
				book("2026-03-31T11:00:00+01:00", first.id().value());
				clinic.awaitEvents();
				return null;
			});

			assertThat(after.sql()).as(after.toString())
				.filteredOn(sql -> sql.startsWith("insert into outbox_message"))
				.hasSize(2);
			assertThat(after.sql()).as(after.toString())
				.filteredOn(sql -> sql.startsWith("insert into clinical_access_grant"))
				.hasSize(1);
			assertThat(after.sql()).as(after.toString())
				.filteredOn(sql -> sql.contains("catalog_version"))
				.hasSizeLessThanOrEqualTo(LISTENERS);
			assertThat(after.sql()).as(after.toString())
				.filteredOn(sql -> sql.contains("plan_suggestion") || sql.contains("runner_plan"))
				.hasSize(1);
			assertThat(after.statements()).as(after.toString()).isLessThanOrEqualTo(AFTER_BOOKING_STATEMENTS);
		}

		@Test
		void eachRunnersPageRunsAtMostFifteenStatements() throws Exception {
			for (String page : List.of("/appointments", "/book", "/book?serviceId=" + sports.id().value(),
					"/book?serviceId=" + sports.id().value() + "&therapist=any&day=2026-03-31",
					"/book?serviceId=" + sports.id().value() + "&therapist=" + first.id().value() + "&day=2026-03-31",
					"/training", "/plan", "/care", "/profile", "/account")) {
				mvc.perform(get(page).with(user(rosa))).andExpect(status().isOk()); // warms what a first visit reads
				Counts counts = StatementCounting.count(
						() -> mvc.perform(get(page).with(user(rosa))).andExpect(status().isOk()));
				assertThat(counts.statements()).as(page + ": " + counts)
					.isLessThanOrEqualTo(PAGE_STATEMENTS + SESSION_STATEMENTS);
			}
		}

		/**
		 * A runner who uses the planner: training entered week by week, an A race, a plan made on the plan
		 * page and one of its massages booked. Each of their pages stays within the budget too, however many massages
		 * the plan holds (its massages were read twice on /training, 6 queries each: 22 statements and the session's 2).
		 */
		@Test
		void eachRunnersPageWithAPlanRunsAtMostFifteenStatements() throws Exception {
			aRunnerWithAPlanOneMassageBooked();
			SoftAssertions pages = new SoftAssertions(); // every page's statements at once, not the first page's only
			for (String page : List.of("/training", "/plan", "/appointments", "/book",
					"/book?serviceId=" + sports.id().value(), "/care", "/profile", "/account")) {
				mvc.perform(get(page).with(user(rosa))).andExpect(status().isOk()); // warms what a first visit reads
				Counts counts = StatementCounting.count(
						() -> mvc.perform(get(page).with(user(rosa))).andExpect(status().isOk()));
				pages.assertThat(counts.statements()).as(page + ": " + counts)
					.isLessThanOrEqualTo(PAGE_STATEMENTS + SESSION_STATEMENTS);
			}
			pages.assertAll();
		}

		/**
		 * Rosa's training of three weeks back and six ahead, a marathon in May, her plan made by the plan page's own
		 * button and its first bookable massage booked by hand on its day (which links it to the plan).
		 */
		private void aRunnerWithAPlanOneMassageBooked() throws Exception {
			RunnerId runner = RunnerId.of(rosa.accountId());
			profiles.save(runner, new RunnerProfile(5, Level.RECREATIONAL, Pressure.MEDIUM, Set.of(Goal.MAINTENANCE),
					Money.of(60_000, "GBP"), first.id(), List.of()));
			LocalDate today = LocalDate.of(2026, 3, 20);
			Map<DayOfWeek, SessionType> week = Map.of(DayOfWeek.TUESDAY, SessionType.INTERVALS, DayOfWeek.THURSDAY,
					SessionType.TEMPO, DayOfWeek.SATURDAY, SessionType.EASY, DayOfWeek.SUNDAY, SessionType.LONG);
			for (LocalDate day = today.minusWeeks(3); day.isBefore(today.plusWeeks(6)); day = day.plusDays(1)) {
				SessionType type = week.get(day.getDayOfWeek());
				if (type != null) {
					boolean done = day.isBefore(today);
					training.addSession(runner, new TrainingLog.SessionInput(day, done ? LocalTime.of(7, 0) : null, type,
							done ? SessionStatus.COMPLETED : SessionStatus.PLANNED, null,
							type == SessionType.LONG ? 110 : 50, null, null, null, done ? 5 : null, null));
				}
			}
			training.addRace(runner,
					new TrainingLog.RaceInput(LocalDate.of(2026, 5, 10), "Spring Marathon", 42_195.0, RacePriority.A));
			clinic.awaitEvents();
			mvc.perform(post("/plan").with(user(rosa)).with(csrf())).andExpect(status().is3xxRedirection());
			assertThat(generation.current(runner).orElseThrow().massages()).hasSizeGreaterThanOrEqualTo(2);
			PlanBooking.Proposal proposal = planBooking.propose(runner)
				.stream()
				.filter(candidate -> candidate.slot() != null)
				.findFirst()
				.orElseThrow();
			booking.book(new BookingRequest(runner, proposal.massage().serviceId(), proposal.slot().start(),
					proposal.slot().therapistId(), null));
			clinic.awaitEvents();
			List<PlannedMassage> massages = generation.current(runner).orElseThrow().massages();
			assertThat(massages).filteredOn(PlannedMassage::isBooked).hasSize(1);
			assertThat(massages).filteredOn(massage -> !massage.isBooked()).isNotEmpty();
		}

		/**
		 * A plan of many massages (each with focus areas, reasons, alternative days and adjustments in child tables)
		 * costs its pages no more statements than a plan of one: the massages were read with four more statements
		 * each (1 + 4N), twice on /training (calendar and chart).
		 */
		@Test
		void aPlanOfManyMassagesCostsThePlanAndTrainingPagesNoMoreStatementsThanAPlanOfOne() throws Exception {
			RunnerId runner = RunnerId.of(rosa.accountId());
			profiles.save(runner, new RunnerProfile(5, Level.RECREATIONAL, Pressure.MEDIUM, Set.of(Goal.MAINTENANCE),
					Money.of(60_000, "GBP"), first.id(), List.of()));
			assertThat(generation.generate(runner, null, null).massages()).hasSizeGreaterThan(3);
			clinic.awaitEvents();
			List<String> pages = List.of("/training", "/plan");
			Map<String, Counts> many = new LinkedHashMap<>();
			for (String page : pages) {
				mvc.perform(get(page).with(user(rosa))).andExpect(status().isOk());
				many.put(page, StatementCounting.count(
						() -> mvc.perform(get(page).with(user(rosa))).andExpect(status().isOk())));
			}
			jdbc.sql("""
					delete from plan_suggestion where runner_id = :runner
					  and id <> (select min(id) from plan_suggestion where runner_id = :runner)""")
				.param("runner", runner.value())
				.update();
			assertThat(generation.current(runner).orElseThrow().massages()).hasSize(1);
			for (String page : pages) {
				Counts one = StatementCounting.count(
						() -> mvc.perform(get(page).with(user(rosa))).andExpect(status().isOk()));
				assertThat(many.get(page).statements()).as(page + " with many massages: " + many.get(page)
						+ "\nwith one: " + one).isEqualTo(one.statements());
			}
		}

		@Test
		void eachTherapistsPageRunsAtMostFifteenStatements() throws Exception {
			RunRubUser therapist = clinic.login(first);
			for (String page : List.of("/therapist/day?date=2026-03-30", "/therapist/week?date=2026-03-30",
					"/therapist/care")) {
				mvc.perform(get(page).with(user(therapist))).andExpect(status().isOk());
				Counts counts = StatementCounting.count(
						() -> mvc.perform(get(page).with(user(therapist))).andExpect(status().isOk()));
				assertThat(counts.statements()).as(page + ": " + counts)
					.isLessThanOrEqualTo(PAGE_STATEMENTS + SESSION_STATEMENTS);
			}
		}

		private Object book(String start, Long therapistId) throws Exception {
			String body = "{\"serviceId\": " + sports.id().value() + ", \"start\": \"" + start + "\""
					+ (therapistId == null ? "" : ", \"therapistId\": " + therapistId) + "}";
			return mvc.perform(post("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isCreated()).andReturn();
		}

	}

}
