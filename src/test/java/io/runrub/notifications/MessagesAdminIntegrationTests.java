package io.runrub.notifications;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.notifications.outbox.Dispatcher;
import io.runrub.support.FixedClock;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.PASSWORD;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The embedded default, with no mail server: messages are kept, not sent, and admins read them on the Messages page
 * and through the API; nobody else can.
 */
@RunRubIntegrationTest
class MessagesAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

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
		booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-24T10:00"),
				alice.id(), null));
		clinic.awaitEvents();
	}

	@Test
	void withoutAMailServerMessagesAreKeptNotSentAndAdminsSeeThem() throws Exception {
		dispatcher.dispatchDue(FixedClock.NOW);

		assertThat(jdbc.sql("select status from outbox_message where kind = 'BOOKING_CONFIRMED'")
			.query(String.class)
			.single()).isEqualTo("KEPT");
		mvc.perform(get("/api/v1/admin/messages").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.kind == 'BOOKING_CONFIRMED')].to").value(rosa.email()))
			.andExpect(jsonPath("$[?(@.kind == 'BOOKING_CONFIRMED')].status").value("KEPT"))
			.andExpect(jsonPath("$[?(@.kind == 'BOOKING_CONFIRMED')].subject")
				.value("Booked: Sports massage on Tuesday 24 March 2026 at 10:00 GMT"))
			.andExpect(jsonPath("$[?(@.kind == 'REMINDER')].status").value("QUEUED"));
	}

	@Test
	void theApiFiltersByKindStatusAndAddressAndPages() throws Exception {
		mvc.perform(get("/api/v1/admin/messages").param("kind", "REMINDER").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("REMINDER"));
		mvc.perform(get("/api/v1/admin/messages").param("status", "SENT").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/admin/messages").param("to", "ROSA").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/admin/messages").param("to", "sam").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/admin/messages").param("size", "1").param("page", "1")
			.with(httpBasic(admin.email(), PASSWORD))).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void badFiltersAreA400NamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/admin/messages").param("kind", "SPAM").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("kind")));
		mvc.perform(get("/api/v1/admin/messages").param("size", "5000").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("size")));
	}

	@Test
	void onlyAdminsSeeMessages() throws Exception {
		mvc.perform(get("/api/v1/admin/messages")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/admin/messages").with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theMessagesPageListsThemAndShowsATextButNotAResetLink() throws Exception {
		mvc.perform(post("/api/v1/accounts/password-reset").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\"}".formatted(rosa.email())));
		long confirmation = id("BOOKING_CONFIRMED");
		long reset = id("PASSWORD_RESET");

		mvc.perform(get("/admin/messages").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Booked: Sports massage on Tuesday 24 March 2026 at 10:00 GMT")))
			.andExpect(content().string(containsString("Booking confirmation")))
			.andExpect(content().string(not(containsString("<td>BOOKING_CONFIRMED</td>"))));
		mvc.perform(get("/admin/messages/" + confirmation).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(content().string(containsString("Price: £60.00")));
		mvc.perform(get("/admin/messages/" + reset).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/password-reset/"))));
	}

	@Test
	void aBookedPlanGetsOneSummaryListingItsAppointmentsInDateOrderWithTheTotal() {
		io.runrub.booking.AppointmentView second = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()),
				sports.id(), london("2026-03-27T16:00"), alice.id(), null));
		io.runrub.booking.AppointmentView first = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()),
				sports.id(), london("2026-03-23T09:00"), alice.id(), null));
		io.runrub.planner.PlanBooked booked = new io.runrub.planner.PlanBooked(RunnerId.of(rosa.accountId()),
				java.util.List.of(second.id(), first.id()));

		transactions.executeWithoutResult(status -> events.publishEvent(booked));
		transactions.executeWithoutResult(status -> events.publishEvent(booked));
		clinic.awaitEvents();

		assertThat(jdbc.sql("select subject from outbox_message where kind = 'PLAN_BOOKED'").query(String.class).list())
			.as("one summary, however often the event is handled").containsExactly("Your plan is booked: 2 massages");
		String text = jdbc.sql("select body_text from outbox_message where kind = 'PLAN_BOOKED'")
			.query(String.class)
			.single();
		assertThat(text).contains("- Monday 23 March 2026 at 09:00 GMT: Sports massage with Alice, £60.00\n"
				+ "- Friday 27 March 2026 at 16:00 GMT: Sports massage with Alice, £60.00", "Together: £120.00");
	}

	private long id(String kind) {
		return jdbc.sql("select id from outbox_message where kind = :kind").param("kind", kind).query(Long.class).single();
	}

}
