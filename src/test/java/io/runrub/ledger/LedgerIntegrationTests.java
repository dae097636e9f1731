package io.runrub.ledger;

import java.time.LocalDate;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentBooking.PastAppointment;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Attendance;
import io.runrub.booking.AttendanceRecording;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.ledger.statement.AccountStatements;
import io.runrub.ledger.statement.ClinicPackage;
import io.runrub.ledger.statement.EntryKind;
import io.runrub.ledger.statement.PackageSales;
import io.runrub.ledger.statement.Statement;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fees follow the clinic's policy, credits follow the bookings, and the statement adds up. The clinic's cutoff is 24
 * hours and now is Friday 20 March 2026 10:00 GMT: Saturday 09:45 is inside the cutoff, Monday is not.
 */
@RunRubIntegrationTest
class LedgerIntegrationTests {

	static final long LATE_FEE = 2500;

	static final long NO_SHOW_FEE = 4000;

	@Autowired
	TestClinic clinic;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	AttendanceRecording attendance;

	@Autowired
	PackageSales sales;

	@Autowired
	AccountStatements statements;

	@Autowired
	MockMvc mvc;

	@Autowired
	PrepaidSessions prepaid;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rosa;

	RunRubUser admin;

	TherapistView alice;

	MassageService sports;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		rosa = clinic.runner("Rosa");
		admin = clinic.admin();
	}

	private void fees(long lateCancel, long noShow) {
		administration.updateClinic(new ClinicAdministration.ClinicDetails("Stride Test Clinic", "1 Test Lane, London",
				"Europe/London", "GBP", TestClinic.MIN_NOTICE_MINUTES, TestClinic.MAX_DAYS_AHEAD,
				TestClinic.CANCELLATION_CUTOFF_HOURS, lateCancel, noShow));
	}

	private RunnerId rosaId() {
		return RunnerId.of(rosa.accountId());
	}

	private AppointmentView book(String start) {
		return booking.book(new BookingRequest(rosaId(), sports.id(), london(start), alice.id(), null));
	}

	private AppointmentView past(String start) {
		return booking.recordPast(new PastAppointment(rosaId(), alice.id(), sports.id(), london(start),
				AccountId.of(admin.accountId())));
	}

	private Statement statement() {
		clinic.awaitEvents();
		return statements.of(rosaId());
	}

	// fees

	@Test
	void aLateCancellationIsChargedTheFeeAndOneInTimeIsNot() {
		fees(LATE_FEE, NO_SHOW_FEE);
		AppointmentView inTime = book("2026-03-23T10:00");
		AppointmentView late = book("2026-03-21T09:45");

		booking.cancel(inTime.id(), rosa.actor());
		booking.cancel(late.id(), rosa.actor());

		assertThat(statement().entries()).extracting(Statement.Entry::kind, Statement.Entry::amountCents)
			.containsExactly(tuple(EntryKind.CHARGE, LATE_FEE));
		assertThat(statement().entries().get(0).description()).contains("Late-cancellation fee")
			.contains("Sat 21 Mar 2026 at 09:45");
		assertThat(statement().balanceCents()).isEqualTo(LATE_FEE);
		assertThat(jdbc.sql("select late_cancellation from appointment where id = :id")
			.param("id", late.id().value())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void noFeeIsChargedWhenThePolicyHasNoneOrTheClinicCancels() {
		fees(0, 0);
		booking.cancel(book("2026-03-21T09:45").id(), rosa.actor());
		fees(LATE_FEE, NO_SHOW_FEE);
		booking.cancel(book("2026-03-21T11:00").id(), admin.actor());

		assertThat(statement().entries()).isEmpty();
		assertThat(statement().balanceCents()).isZero();
	}

	@Test
	void aNoShowIsChargedTheFeeAndAnAttendanceIsNot() {
		fees(LATE_FEE, NO_SHOW_FEE);
		AppointmentView missed = past("2026-03-16T10:00");
		AppointmentView came = past("2026-03-17T10:00");

		attendance.record(missed.id(), Attendance.NO_SHOW, clinic.login(alice).actor());
		attendance.record(came.id(), Attendance.ATTENDED, admin.actor());
		attendance.record(missed.id(), Attendance.NO_SHOW, admin.actor()); // again: nothing new

		assertThat(statement().entries()).extracting(Statement.Entry::kind, Statement.Entry::amountCents)
			.containsExactly(tuple(EntryKind.CHARGE, NO_SHOW_FEE));
		assertThat(attendance.summary(rosaId()).attended()).isEqualTo(1);
		assertThat(attendance.summary(rosaId()).noShows()).isEqualTo(1);
	}

	// credits

	@Test
	void aBookingUsesACreditAndACancellationInTimeGivesItBackButALateOneDoesNot() {
		fees(LATE_FEE, NO_SHOW_FEE);
		ClinicPackage five = sales.define(new ClinicPackage(null, "Five sports massages", sports.id(), 5, 30000, 6));
		sales.buy(rosaId(), five.id());

		AppointmentView first = book("2026-03-23T10:00");
		AppointmentView second = book("2026-03-21T09:45");
		assertThat(statement().credits()).singleElement().satisfies(credit -> {
			assertThat(credit.left()).isEqualTo(3);
			assertThat(credit.expiresOn()).isEqualTo(LocalDate.of(2026, 9, 20));
		});

		booking.cancel(first.id(), rosa.actor());
		booking.cancel(second.id(), rosa.actor());

		Statement statement = statement();
		assertThat(statement.credits().get(0).left()).as("the late one's credit is forfeit").isEqualTo(4);
		assertThat(statement.entries()).extracting(Statement.Entry::kind)
			.containsExactlyInAnyOrder(EntryKind.PURCHASE, EntryKind.CREDIT_USED, EntryKind.CREDIT_USED,
					EntryKind.CREDIT_RETURNED);
		assertThat(statement.balanceCents()).as("the forfeit credit stands for the fee: no charge on top")
			.isEqualTo(30000);
	}

	@Test
	void aPackageOfAnotherServiceOrOneUsedUpPaysForNothing() {
		MassageService deep = clinic.service("Deep tissue", io.runrub.shared.Modality.DEEP_TISSUE, 60).create();
		ClinicPackage one = sales.define(new ClinicPackage(null, "One deep tissue", deep.id(), 1, 7000, 1));
		sales.buy(rosaId(), one.id());

		book("2026-03-23T10:00");

		assertThat(statement().credits()).singleElement().satisfies(credit -> assertThat(credit.left()).isEqualTo(1));
		assertThat(statement().entries()).extracting(Statement.Entry::kind).containsExactly(EntryKind.PURCHASE);
	}

	// the statement

	@Test
	void theStatementAddsPurchasesAndChargesAndTakesOffPayments() throws Exception {
		fees(LATE_FEE, NO_SHOW_FEE);
		ClinicPackage three = sales.define(new ClinicPackage(null, "Three sports massages", sports.id(), 3, 18000, 3));
		sales.buy(rosaId(), three.id()); // online: due at the clinic
		sales.recordDeskPurchase(rosaId(), three.id()); // at the desk: paid there
		sales.recordPayment(rosaId(), 10000);
		attendance.record(past("2026-03-16T10:00").id(), Attendance.NO_SHOW, admin.actor());
		clinic.awaitEvents();

		// 18000 + 18000 - 18000 - 10000 + 4000 (the no-show had no credit: recorded history uses none)
		mvc.perform(get("/api/v1/me/statement").with(user(rosa)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.balanceCents").value(12000))
			.andExpect(jsonPath("$.entries.length()").value(5))
			.andExpect(jsonPath("$.entries[0].kind").value("PURCHASE"))
			.andExpect(jsonPath("$.entries[0].amountCents").value(18000))
			.andExpect(jsonPath("$.entries[0].date").value("2026-03-20"))
			.andExpect(jsonPath("$.credits.length()").value(2))
			.andExpect(jsonPath("$.credits[0].packageId").value(three.id()))
			.andExpect(jsonPath("$.credits[0].left").value(3))
			.andExpect(jsonPath("$.credits[0].expiresOn").value("2026-06-20"));
		mvc.perform(get("/api/v1/admin/runners/{id}/statement", rosa.accountId()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.balanceCents").value(12000));
		mvc.perform(get("/api/v1/admin/runners/{id}/statement", admin.accountId()).with(user(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/admin/runners/{id}/statement", rosa.accountId()).with(user(rosa)))
			.andExpect(status().isForbidden());
	}

	@Test
	void packagesAreDefinedAndBoughtThroughTheApiAndBadInputNamesTheFieldAndChangesNothing() throws Exception {
		mvc.perform(post("/api/v1/admin/packages").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Five", "serviceId": %d, "sessions": 0, "priceCents": 30000, "validityMonths": 6}"""
				.formatted(sports.id().value())))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("sessions")));
		assertThat(sales.packages()).isEmpty();

		String created = mvc.perform(post("/api/v1/admin/packages").with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "Five", "serviceId": %d, "sessions": 5, "priceCents": 30000, "validityMonths": 6}"""
				.formatted(sports.id().value())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sessions").value(5))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

		mvc.perform(get("/api/v1/packages").with(user(rosa)))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].priceCents").value(30000));
		mvc.perform(post("/api/v1/me/packages").with(user(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"packageId\": 999999}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/me/packages").with(user(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"packageId\": %d}".formatted(id)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.balanceCents").value(30000))
			.andExpect(jsonPath("$.credits[0].left").value(5));
		mvc.perform(post("/api/v1/admin/runners/{id}/payments", rosa.accountId()).with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountCents\": 30000}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.balanceCents").value(0));
		mvc.perform(post("/api/v1/admin/runners/{id}/payments", rosa.accountId()).with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amountCents\": 0}"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("amountCents")));
	}

	@Test
	void thePoliciesApiSetsAndShowsTheFees() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/admin/policies")
			.with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"minNoticeMinutes": 120, "maxDaysAhead": 60, "cancellationCutoffHours": 24,
					 "lateCancelFeeCents": 2500, "noShowFeeCents": 4000}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lateCancelFeeCents").value(2500))
			.andExpect(jsonPath("$.noShowFeeCents").value(4000));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/admin/policies")
			.with(user(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"minNoticeMinutes": 120, "maxDaysAhead": 60, "cancellationCutoffHours": 24,
					 "noShowFeeCents": -1}"""))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("noShowFeeCents")));
		mvc.perform(get("/api/v1/admin/policies").with(user(admin)))
			.andExpect(jsonPath("$.lateCancelFeeCents").value(2500))
			.andExpect(jsonPath("$.noShowFeeCents").value(4000));
	}

	@Test
	void theFeesAreShownBeforeBookingAndInTheConfirmationMessage() throws Exception {
		fees(LATE_FEE, NO_SHOW_FEE);
		mvc.perform(get("/book/confirm").with(user(rosa))
			.param("serviceId", sports.id().toString())
			.param("therapist", String.valueOf(alice.id()))
			.param("start", london("2026-03-23T10:00").toString()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("The clinic charges £25.00 for a cancellation later than 24 "
						+ "hours before the start, and £40.00 for missing the appointment")));

		book("2026-03-23T10:00");
		clinic.awaitEvents();

		assertThat(jdbc.sql("select body_text from outbox_message where kind = 'BOOKING_CONFIRMED'")
			.query(String.class)
			.single()).contains("The clinic charges £25.00 for a cancellation later than 24 hours before the start, "
					+ "and £40.00 for missing the appointment");
	}

	@Test
	void withoutFeesNeitherPageNorMessageMentionsThem() throws Exception {
		mvc.perform(get("/book/confirm").with(user(rosa))
			.param("serviceId", sports.id().toString())
			.param("therapist", String.valueOf(alice.id()))
			.param("start", london("2026-03-23T10:00").toString()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("The clinic charges"))));
		book("2026-03-23T10:00");
		clinic.awaitEvents();
		assertThat(jdbc.sql("select body_text from outbox_message where kind = 'BOOKING_CONFIRMED'")
			.query(String.class)
			.single()).doesNotContain("The clinic charges");
	}

	@Test
	void thePlannerCanAskForSessionsLeftAndWhichAppointmentsACreditPays() {
		ClinicPackage two = sales.define(new ClinicPackage(null, "Two sports massages", sports.id(), 2, 12000, 1));
		sales.buy(rosaId(), two.id());
		AppointmentView paid = book("2026-03-23T10:00");
		AppointmentView returned = book("2026-03-24T10:00");
		booking.cancel(returned.id(), rosa.actor());
		clinic.awaitEvents();

		assertThat(prepaid.left(rosaId(), sports.id(), LocalDate.of(2026, 4, 20))).isEqualTo(1);
		assertThat(prepaid.left(rosaId(), sports.id(), LocalDate.of(2026, 4, 21))).as("expired").isZero();
		assertThat(prepaid.paidByCredit(java.util.List.of(paid.id(), returned.id()))).containsExactly(paid.id());
	}

}
