package io.runrub.reports.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.reports.figures.Reports;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.StatementCounting;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.runrub.support.TestClinic.PASSWORD;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The owner's reports against a hand-computed fixture, on H2 and on PostgreSQL (the subclasses). The clock is Friday
 * 20 March 2026, 10:00 UTC; London keeps GMT until 29 March.
 *
 * <p>
 * John works Monday to Friday 09:00–12:00 and 13:00–17:00 (420 minutes a day); Mary works Mondays 09:00–17:00 (480).
 * In the week of 9 March (2026-W11) John has two hours off on Tuesday and the clinic is closed on Wednesday: 5 × 420
 * − 120 − 420 = 1560 working minutes. He has a 60-minute sports massage on Monday and Thursday and a 30-minute one on
 * Friday still booked (150 minutes: 10%), and a cancelled one on Friday; one more appointment on Monday 16 March is
 * outside the week.
 */
@RunRubIntegrationTest
abstract class ReportsContract {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	RunRubUser admin;

	RunRubUser rita;

	RunRubUser sam;

	RunRubUser tom;

	TherapistView john;

	TherapistView mary;

	MassageService sports;

	MassageService deep;

	@BeforeEach
	void setUp() {
		jdbc.sql("delete from clinic_closure").update();
		clinic.reset();
		clinic.open();
		var builder = clinic.therapist("John").offering(Modality.SPORTS, Modality.DEEP_TISSUE);
		for (DayOfWeek day : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY }) {
			builder.hours(day, "09:00-12:00", "13:00-17:00");
		}
		john = builder.create();
		mary = clinic.therapist("Mary").offering(Modality.SPORTS).hours(DayOfWeek.MONDAY, "09:00-17:00").create();
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		deep = clinic.service("Deep, \"firm\" tissue", Modality.DEEP_TISSUE, 30).create();
		admin = clinic.admin();
		rita = clinic.runner("Rita");
		sam = clinic.runner("Sam");
		tom = clinic.runner("Tom");

		timeOff(john, "2026-03-10T14:00", "2026-03-10T16:00");
		closed("2026-03-11");
		appointment(rita, john, sports, "2026-03-09T10:00", 60, "BOOKED");
		appointment(sam, john, sports, "2026-03-12T14:00", 60, "BOOKED");
		appointment(tom, john, deep, "2026-03-13T09:00", 30, "CANCELLED");
		appointment(tom, john, deep, "2026-03-13T11:00", 30, "BOOKED");
		appointment(rita, john, sports, "2026-03-16T10:00", 60, "BOOKED");
		// the catalogue is cached: rows written behind the administration's back must bump its version
		jdbc.sql("update catalog_version set version = version + 1 where id = 1").update();
	}

	@AfterEach
	void openAgain() {
		jdbc.sql("delete from clinic_closure").update();
	}

	@Test
	void utilisationIsBookedMinutesOverWorkingMinutesLessBreaksTimeOffAndClosedDays() throws Exception {
		report("utilisation", "2026-03-09", "2026-03-15").andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].week").value("2026-W11"))
			.andExpect(jsonPath("$.rows[0].weekStart").value("2026-03-09"))
			.andExpect(jsonPath("$.rows[0].therapist").value("John"))
			.andExpect(jsonPath("$.rows[0].therapistId").value(john.id().value()))
			.andExpect(jsonPath("$.rows[0].bookedMinutes").value(150))
			.andExpect(jsonPath("$.rows[0].workingMinutes").value(1560))
			.andExpect(jsonPath("$.rows[0].percent").value(10))
			.andExpect(jsonPath("$.rows[1].therapist").value("Mary"))
			.andExpect(jsonPath("$.rows[1].bookedMinutes").value(0))
			.andExpect(jsonPath("$.rows[1].workingMinutes").value(480))
			.andExpect(jsonPath("$.rows[1].percent").value(0));
	}

	@Test
	void aWeekCutByTheRangeCountsOnlyItsDays() throws Exception {
		// Monday 16 and Tuesday 17 March: John 2 × 420, one hour booked on the Monday; Mary 480
		report("utilisation", "2026-03-16", "2026-03-17").andExpect(jsonPath("$.rows[0].week").value("2026-W12"))
			.andExpect(jsonPath("$.rows[0].bookedMinutes").value(60))
			.andExpect(jsonPath("$.rows[0].workingMinutes").value(840))
			.andExpect(jsonPath("$.rows[0].percent").value(7))
			.andExpect(jsonPath("$.rows[1].workingMinutes").value(480));
	}

	@Test
	void attendanceCountsEveryAppointmentOfTheWeekAndItsCancellations() throws Exception {
		boolean recorded = reports.attendanceRecorded();
		report("attendance", "2026-03-09", "2026-03-22").andExpect(status().isOk())
			.andExpect(jsonPath("$.attendanceRecorded").value(recorded))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].week").value("2026-W11"))
			.andExpect(jsonPath("$.rows[0].appointments").value(4))
			.andExpect(jsonPath("$.rows[0].cancelled").value(1))
			// today's schema has no late cancellations or attendance yet: "not recorded", never a false zero
			.andExpect(jsonPath("$.rows[0].lateCancelled").value(recorded ? notNullValue() : nullValue()))
			.andExpect(jsonPath("$.rows[0].noShows").value(recorded ? notNullValue() : nullValue()))
			.andExpect(jsonPath("$.rows[1].week").value("2026-W12"))
			.andExpect(jsonPath("$.rows[1].appointments").value(1))
			.andExpect(jsonPath("$.rows[1].cancelled").value(0));
	}

	@Test
	void lateCancellationsNoShowsAndRoomsNowRecordedShowInTheReportsAndTheUtilisationCsv() throws Exception {
		var room = clinic.room("Room 1");
		// Tom's cancelled deep tissue on Friday 13 March was late; Sam missed Thursday's sports massage; Rita's
		// Monday sports massage (60 minutes) was in Room 1
		jdbc.sql("update appointment set late_cancellation = true where status = 'CANCELLED'").update();
		jdbc.sql("update appointment set attendance = 'NO_SHOW' where runner_id = :sam").param("sam", sam.accountId()).update();
		jdbc.sql("update appointment set room_id = :room where runner_id = :rita and start_at = :start")
			.param("room", room.id().value())
			.param("rita", rita.accountId())
			.param("start", london("2026-03-09T10:00").atOffset(ZoneOffset.UTC))
			.update();
		report("attendance", "2026-03-09", "2026-03-15").andExpect(status().isOk())
			.andExpect(jsonPath("$.attendanceRecorded").value(true))
			.andExpect(jsonPath("$.rows[0].appointments").value(4))
			.andExpect(jsonPath("$.rows[0].cancelled").value(1))
			.andExpect(jsonPath("$.rows[0].lateCancelled").value(1))
			.andExpect(jsonPath("$.rows[0].noShows").value(1));
		// the no-show is not revenue: of the three sports massages of 9–16 March two took place
		report("revenue", "2026-03-09", "2026-03-16").andExpect(jsonPath("$.rows[0].name").value("Sports massage"))
			.andExpect(jsonPath("$.rows[0].count").value(2))
			.andExpect(jsonPath("$.rows[0].amountCents").value(12000));
		// the clinic is open when John or Mary works: 1560 minutes of John's week (Mary works Mondays within his
		// hours, 09:00-17:00 adding his lunch hour, 60) = 1620; Room 1 took 60 of them, 4%
		report("utilisation", "2026-03-09", "2026-03-15").andExpect(jsonPath("$.rooms[0].room").value("Room 1"))
			.andExpect(jsonPath("$.rooms[0].bookedMinutes").value(60))
			.andExpect(jsonPath("$.rooms[0].openMinutes").value(1620))
			.andExpect(jsonPath("$.rooms[0].percent").value(4));
		String csv = report("utilisation", "2026-03-09", "2026-03-15", "csv").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).contains(
				"Week,Week starting,Therapist,Room,Minutes booked,Minutes working (therapist) or open (room),Utilisation (%)",
				"2026-W11,2026-03-09,John,,150,1560,10", "2026-W11,2026-03-09,,Room 1,60,1620,4");
	}

	@Test
	void revenueIsThePriceOfAppointmentsThatTookPlaceByService() throws Exception {
		// one more sports massage next week: not yet taken place, not revenue
		appointment(sam, john, sports, "2026-03-24T10:00", 60, "BOOKED");
		report("revenue", "2026-03-09", "2026-03-27").andExpect(status().isOk())
			.andExpect(jsonPath("$.currency").value("GBP"))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].name").value("Sports massage"))
			.andExpect(jsonPath("$.rows[0].count").value(3))
			.andExpect(jsonPath("$.rows[0].amountCents").value(18000))
			.andExpect(jsonPath("$.rows[1].name").value("Deep, \"firm\" tissue"))
			.andExpect(jsonPath("$.rows[1].count").value(1))
			.andExpect(jsonPath("$.rows[1].amountCents").value(3000))
			.andExpect(jsonPath("$.totalCents").value(21000));
	}

	@Test
	void csvQuotesWhatNeedsQuotingAndUsesThePageWords() throws Exception {
		String csv = report("revenue", "2026-03-09", "2026-03-15", "csv").andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition",
					containsString("runrub-revenue-2026-03-09-to-2026-03-15.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")).containsExactly("Sold as,Name,Number sold,Revenue",
				"Service,Sports massage,2,£120.00", "Service,\"Deep, \"\"firm\"\" tissue\",1,£30.00");
	}

	@Test
	void raceWeekDemandCountsRunnersFromTheirPlansAgainstFreeTimeAndHidesSmallGroups() throws Exception {
		RunRubUser uma = clinic.runner("Uma");
		// Sunday 5 April: three A races (and a C race, which does not count); Saturday 11 April: two runners only
		race(rita, "2026-04-05", "A");
		race(sam, "2026-04-05", "A");
		race(tom, "2026-04-05", "A");
		race(uma, "2026-04-05", "C");
		race(rita, "2026-04-11", "B");
		race(sam, "2026-04-11", "A");
		// Good Friday 3 April is closed; John is off Tuesday 7 April 09:00-12:00 (BST)
		closed("2026-04-03");
		timeOff(john, "2026-04-07T09:00", "2026-04-07T12:00");
		// pre-race: Rita and Sam not booked yet, Tom booked on Thursday 2 April 10:00 (which takes John's hour)
		long toms = appointment(tom, john, sports, "2026-04-02T10:00", 60, "BOOKED");
		suggestion(rita, "2026-04-02", "BEFORE_RACE", 60, null);
		suggestion(sam, "2026-04-03", "BEFORE_RACE", 60, null);
		suggestion(tom, "2026-04-02", "BEFORE_RACE", 60, toms);
		// post-race: all three on Monday 6 April, none booked
		suggestion(rita, "2026-04-06", "AFTER_RACE", 60, null);
		suggestion(sam, "2026-04-06", "AFTER_RACE", 60, null);
		suggestion(tom, "2026-04-06", "AFTER_RACE", 60, null);
		jdbc.sql("update catalog_version set version = version + 1 where id = 1").update();

		report("race-demand", "2026-03-20", "2026-04-30").andExpect(status().isOk())
			.andExpect(jsonPath("$.smallestGroup").value(3))
			.andExpect(jsonPath("$.daysWithFewerRunners").value(1))
			.andExpect(jsonPath("$.days", hasSize(1)))
			.andExpect(jsonPath("$.days[0].raceDate").value("2026-04-05"))
			.andExpect(jsonPath("$.days[0].runnersRacing").value(3))
			.andExpect(jsonPath("$.days[0].preRaceRunners").value(3))
			// two runners still to book: a group of two is withheld, and so are their minutes
			.andExpect(jsonPath("$.days[0].preRaceToBook").value(nullValue()))
			.andExpect(jsonPath("$.days[0].preRaceMinutesToBook").value(nullValue()))
			// Thursday 2 (420 less Tom's hour) and the closed Friday 3; John only (Mary works Mondays)
			.andExpect(jsonPath("$.days[0].preRaceFreeMinutes").value(360))
			.andExpect(jsonPath("$.days[0].postRaceRunners").value(3))
			.andExpect(jsonPath("$.days[0].postRaceToBook").value(3))
			.andExpect(jsonPath("$.days[0].postRaceMinutesToBook").value(180))
			// Monday 6: John 420 + Mary 480; Tuesday 7: John 420 less 180 off
			.andExpect(jsonPath("$.days[0].postRaceFreeMinutes").value(1140))
			.andExpect(content().string(not(containsString("Rita"))));

		String csv = report("race-demand", "2026-03-20", "2026-04-30", "csv").andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.split("\r\n")[1]).isEqualTo("2026-04-05,3,3,fewer than 3 runners,fewer than 3 runners,360,3,3,180,1140");
	}

	@Test
	void raceDaysBeforeTodayAreNotDemand() throws Exception {
		race(rita, "2026-03-15", "A");
		race(sam, "2026-03-15", "A");
		race(tom, "2026-03-15", "A");
		report("race-demand", "2026-03-01", "2026-03-31").andExpect(jsonPath("$.days", hasSize(0)))
			.andExpect(jsonPath("$.daysWithFewerRunners").value(0));
	}

	@Test
	void aBadRangeIsA400NamingTheFieldAndAnUnknownFormatToo() throws Exception {
		report("utilisation", "2026-01-01", "2027-01-02").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/report-range-too-long"))
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.detail", containsString("2027-01-01")));
		report("attendance", "2026-03-10", "2026-03-09").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/report-range-reversed"))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/admin/reports/revenue").param("to", "2026-03-09")
			.with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		report("revenue", "2026-03-09", "2026-03-15", "xlsx").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("format"));
		report("race-demand", "next week", "2026-03-15").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		// a whole year is fine
		report("utilisation", "2026-01-01", "2027-01-01").andExpect(status().isOk());
	}

	@Test
	void onlyAdminsSeeReports() throws Exception {
		mvc.perform(get("/api/v1/admin/reports/utilisation").param("from", "2026-03-09")
			.param("to", "2026-03-15")
			.with(httpBasic(rita.email(), PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/reports").with(httpBasic(rita.email(), PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsEachReportAsAnAccessibleChartWithItsNumbersAndACsvLink() throws Exception {
		String page = mvc.perform(get("/admin/reports").param("from", "2026-03-09")
			.param("to", "2026-03-15")
			.with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<svg", "role=\"img\"", "aria-labelledby=\"utilisation-chart-title utilisation-chart-desc\"",
				"<title id=\"utilisation-chart-title\">Utilisation per therapist and week</title>",
				"<td>1560</td>", "<td>John</td>", "Total: £150.00",
				"/api/v1/admin/reports/revenue?from=2026-03-09&amp;to=2026-03-15&amp;format=csv",
				"/api/v1/admin/reports/race-demand?from=2026-03-20&amp;to=2026-06-12&amp;format=csv",
				"href=\"/admin/reports\"");
		assertThat(page).doesNotContain("SERVICE", "BEFORE_RACE", "style=");
	}

	@Test
	void aBadRangeOnThePageIsShownNextToItsField() throws Exception {
		mvc.perform(get("/admin/reports").param("from", "2026-03-15")
			.param("to", "2026-03-09")
			.with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"to-error\"")))
			.andExpect(content().string(containsString("The last day (2026-03-09) is before the first day (2026-03-15).")));
	}

	@Test
	void thePageRunsTheSameFewStatementsHoweverManyAppointmentsAYearHolds() throws Exception {
		var page = get("/admin/reports").param("from", "2025-03-21").param("to", "2026-03-20").with(httpBasic(admin.email(), PASSWORD));
		mvc.perform(page).andExpect(status().isOk()); // warms the catalogue, as any earlier request would
		StatementCounting.Counts few = StatementCounting.count(() -> mvc.perform(page).andExpect(status().isOk()));
		for (int week = 1; week <= 40; week++) {
			String day = LocalDate.parse("2025-04-07").plusWeeks(week).toString();
			appointment(week % 2 == 0 ? rita : sam, week % 3 == 0 ? mary : john, sports, day + "T10:00", 60,
					week % 4 == 0 ? "CANCELLED" : "BOOKED");
		}
		StatementCounting.Counts many = StatementCounting.count(() -> mvc.perform(page).andExpect(status().isOk()));
		assertThat(many.statements()).as(many.toString()).isEqualTo(few.statements()).isLessThanOrEqualTo(MAX_PAGE_STATEMENTS);
	}

	/**
	 * Measured: 15 on H2 — each report one or two set-based reads, plus the catalogue's version and time off (read
	 * once for both utilisation tables), the clinic's contact in the layout, sign-in and the session. The rooms' table
	 * is the one read added since 14, a report of its own.
	 */
	static final int MAX_PAGE_STATEMENTS = 16;

	ResultActions report(String name, String from, String to) throws Exception {
		return mvc.perform(get("/api/v1/admin/reports/" + name).param("from", from)
			.param("to", to)
			.with(httpBasic(admin.email(), PASSWORD)));
	}

	ResultActions report(String name, String from, String to, String format) throws Exception {
		return mvc.perform(get("/api/v1/admin/reports/" + name).param("from", from)
			.param("to", to)
			.param("format", format)
			.with(httpBasic(admin.email(), PASSWORD)));
	}

	long appointment(RunRubUser runner, TherapistView therapist, MassageService service, String localStart,
			int minutes, String status) {
		Instant start = london(localStart);
		OffsetDateTime from = start.atOffset(ZoneOffset.UTC);
		OffsetDateTime to = start.plusSeconds(60L * minutes).atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				insert into appointment (runner_id, therapist_id, service_id, start_at, end_at, block_start, block_end,
				                         status, created_at, cancelled_at)
				values (:runner, :therapist, :service, :start, :end, :start, :end, :status, :created, :cancelled)""")
			.param("runner", runner.accountId())
			.param("therapist", therapist.id().value())
			.param("service", service.id().value())
			.param("start", from)
			.param("end", to)
			.param("status", status)
			.param("created", from.minusDays(7))
			.param("cancelled", status.equals("CANCELLED") ? from.minusDays(2) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
		return jdbc.sql("select id from appointment where therapist_id = :therapist and start_at = :start")
			.param("therapist", therapist.id().value())
			.param("start", from)
			.query(Long.class)
			.single();
	}

	void timeOff(TherapistView therapist, String localStart, String localEnd) {
		jdbc.sql("insert into time_off (therapist_id, start_at, end_at, reason) values (:therapist, :start, :end, 'Off')")
			.param("therapist", therapist.id().value())
			.param("start", london(localStart).atOffset(ZoneOffset.UTC))
			.param("end", london(localEnd).atOffset(ZoneOffset.UTC))
			.update();
	}

	void closed(String day) {
		jdbc.sql("insert into clinic_closure (closed_on, reason) values (:day, 'Closed')")
			.param("day", LocalDate.parse(day))
			.update();
	}

	void race(RunRubUser runner, String day, String priority) {
		jdbc.sql("""
				insert into race (runner_id, race_date, name, priority, source)
				values (:runner, :day, 'City race', :priority, 'MANUAL')""")
			.param("runner", runner.accountId())
			.param("day", LocalDate.parse(day))
			.param("priority", priority)
			.update();
	}

	void suggestion(RunRubUser runner, String day, String kind, int minutes, Long appointmentId) {
		jdbc.sql("""
				insert into plan_suggestion (runner_id, suggestion_date, kind, modality, pressure, duration_minutes,
				                             service_id, price_cents, appointment_id, created_at)
				values (:runner, :day, :kind, 'SPORTS', 'LIGHT', :minutes, :service, 6000, :appointment, :created)""")
			.param("runner", runner.accountId())
			.param("day", LocalDate.parse(day))
			.param("kind", kind)
			.param("minutes", minutes)
			.param("service", sports.id().value())
			.param("appointment", appointmentId, java.sql.Types.BIGINT)
			.param("created", OffsetDateTime.parse("2026-03-19T10:00:00Z"))
			.update();
	}

}
