package io.runrub;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentStatus;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.PASSWORD;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and change what, over HTTP through the real security filter chain: runners see only their own
 * appointments, admin endpoints are for admins, anonymous callers get 401 problem details on the API and the login
 * page elsewhere, and form posts need a CSRF token while the JSON API does not.
 */
@RunRubIntegrationTest
class AuthorizationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	AppointmentCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	TherapistView alice;

	MassageService sports;

	RunRubUser rosa;

	RunRubUser sam;

	/** Rosa's appointment with Alice, Tuesday 31 March 10:00 in London. */
	AppointmentView rosas;

	@BeforeEach
	void rosaHasAnAppointment() {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).buffers(0, 15).create();
		rosa = clinic.runner("Rosa");
		sam = clinic.runner("Sam");
		rosas = booking
			.book(new BookingRequest(io.runrub.accounts.RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-31T10:00"), alice.id(), null));
	}

	@Nested
	class OtherPeoplesAppointments {

		@Test
		void aRunnerSeesTheirOwnAppointmentAndCalendarFile() throws Exception {
			mvc.perform(get("/api/v1/appointments/{id}", rosas.id()).with(user(rosa)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(rosas.id().value()))
				.andExpect(jsonPath("$.start").value("2026-03-31T10:00:00+01:00"))
				.andExpect(jsonPath("$.status").value("BOOKED"));
			mvc.perform(get("/api/v1/appointments/{id}.ics", rosas.id()).with(user(rosa)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/calendar"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("DTSTART:20260331T090000Z")));
		}

		@Test
		void aRunnerCannotSeeAnotherRunnersAppointmentOrItsCalendarFileAndLearnsNothingFromTheId() throws Exception {
			mvc.perform(get("/api/v1/appointments/{id}", rosas.id()).with(user(sam)))
				.andExpect(problem(404))
				.andExpect(jsonPath("$.detail").value("There is no appointment " + rosas.id() + " in your calendar."));
			mvc.perform(get("/api/v1/appointments/{id}.ics", rosas.id()).with(user(sam))).andExpect(problem(404));
			mvc.perform(get("/api/v1/appointments").with(user(sam)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(0)));
			long noSuchId = rosas.id().value() + 1000;
			mvc.perform(get("/api/v1/appointments/{id}", noSuchId).with(user(sam)))
				.andExpect(problem(404))
				.andExpect(jsonPath("$.detail").value("There is no appointment " + noSuchId + " in your calendar."));
		}

		@Test
		void aRunnerCannotCancelOrMoveAnotherRunnersAppointment() throws Exception {
			mvc.perform(post("/api/v1/appointments/{id}/cancel", rosas.id()).with(user(sam))).andExpect(problem(404));
			mvc.perform(post("/api/v1/appointments/{id}/reschedule", rosas.id()).with(user(sam))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"start": "2026-03-31T15:00:00+01:00"}"""))
				.andExpect(problem(404));

			AppointmentView unchanged = calendar.find(rosas.id(), rosa.actor());
			assertThat(unchanged.status()).isEqualTo(AppointmentStatus.BOOKED);
			assertThat(unchanged.start()).isEqualTo(rosas.start());
		}

		@Test
		void theTherapistSeesTheirClientsAppointmentButCannotCancelItAndOtherTherapistsCannotSeeIt() throws Exception {
			TherapistView bob = clinic.therapist("Bob").offering(SPORTS).create();

			mvc.perform(get("/api/v1/appointments/{id}", rosas.id()).with(user(clinic.login(alice))))
				.andExpect(status().isOk());
			mvc.perform(post("/api/v1/appointments/{id}/cancel", rosas.id()).with(user(clinic.login(alice))))
				.andExpect(problem(403));
			mvc.perform(get("/api/v1/appointments/{id}", rosas.id()).with(user(clinic.login(bob))))
				.andExpect(problem(404));
			assertThat(calendar.find(rosas.id(), rosa.actor()).status()).isEqualTo(AppointmentStatus.BOOKED);
		}

	}

	@Nested
	class Roles {

		@Test
		void aRunnerIsForbiddenTheAdminApiAndPages() throws Exception {
			mvc.perform(get("/api/v1/admin/therapists").with(user(rosa))).andExpect(problem(403));
			mvc.perform(post("/api/v1/admin/services").with(user(rosa)).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "Free massage", "modality": "SPORTS", "durationMinutes": 60, "priceCents": 0}"""))
				.andExpect(problem(403));
			mvc.perform(get("/admin").with(user(rosa))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/therapists").with(user(rosa))).andExpect(status().isForbidden());

			assertThat(jdbc.sql("select count(*) from massage_service").query(Long.class).single()).isOne();
		}

		@Test
		void anAdminMayUseTheAdminApi() throws Exception {
			mvc.perform(get("/api/v1/admin/therapists").with(user(clinic.admin())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].name").value("Alice"));
		}

		@Test
		void onlyRunnersBookAppointments() throws Exception {
			mvc.perform(post("/api/v1/appointments").with(user(clinic.login(alice)))
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingAt("2026-03-31T15:00:00+01:00")))
				.andExpect(problem(403))
				.andExpect(jsonPath("$.detail").value("Only runners book appointments."));
		}

		@Test
		void anonymousCallersGetA401ProblemOnTheApiAndTheLoginPageElsewhere() throws Exception {
			mvc.perform(get("/api/v1/appointments"))
				.andExpect(problem(401))
				.andExpect(header().string("WWW-Authenticate", "Basic realm=\"RunRub\""));
			mvc.perform(post("/api/v1/appointments").contentType(MediaType.APPLICATION_JSON)
				.content(bookingAt("2026-03-31T15:00:00+01:00"))).andExpect(problem(401));
			mvc.perform(get("/api/v1/admin/therapists")).andExpect(problem(401));
			// a browser asks for HTML
			mvc.perform(get("/appointments").accept(MediaType.TEXT_HTML))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
			mvc.perform(get("/admin").accept(MediaType.TEXT_HTML))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));

			mvc.perform(get("/api/v1/services")).andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("Sports massage"));
		}

		@Test
		void httpBasicWithTheRightPasswordLetsARunnerBookAndAWrongOneDoesNot() throws Exception {
			mvc.perform(post("/api/v1/appointments").with(httpBasic(sam.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingAt("2026-03-31T15:00:00+01:00")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.therapistName").value("Alice"));
			mvc.perform(get("/api/v1/appointments").with(httpBasic(sam.email(), "wrong-password")))
				.andExpect(problem(401))
				.andExpect(header().string("WWW-Authenticate", "Basic realm=\"RunRub\""))
				.andExpect(jsonPath("$.detail").value("The email or password is not right."));
			mvc.perform(get("/api/v1/appointments").with(httpBasic("nobody@example.org", PASSWORD)))
				.andExpect(problem(401))
				.andExpect(jsonPath("$.detail").value("The email or password is not right."));
		}

	}

	@Nested
	class SigningUp {

		@Test
		void signingUpCreatesARunnerWhoCanLogInAndADuplicateEmailIsAConflict() throws Exception {
			mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
					{"email": "Kip@Example.org", "password": "a-long-password", "name": "Kip"}"""))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.email").value("kip@example.org"))
				.andExpect(jsonPath("$.role").value("RUNNER"))
				.andExpect(jsonPath("$.id").isNumber());
			mvc.perform(get("/api/v1/appointments").with(httpBasic("kip@example.org", "a-long-password")))
				.andExpect(status().isOk());

			mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
					{"email": "KIP@example.org", "password": "another-password", "name": "Kip Two"}"""))
				.andExpect(problem(409))
				.andExpect(jsonPath("$.title").value("Email already registered"));
			assertThat(accounts("kip@example.org")).isOne();
		}

		@Test
		void anInvalidSignUpIsA400WithAnErrorPerField() throws Exception {
			mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("""
					{"email": "not-an-email", "password": "short", "name": ""}"""))
				.andExpect(problem(400))
				.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("email", "password", "name")))
				.andExpect(jsonPath("$.errors[?(@.field == 'password')].message")
					.value("Choose a password of at least 10 characters (and at most 72)."));
			mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content("{not json"))
				.andExpect(problem(400));
			assertThat(accounts("not-an-email")).isZero();
		}

	}

	@Nested
	class Csrf {

		@Test
		void aFormPostWithoutACsrfTokenIsRejectedAndWithOneGoesThrough() throws Exception {
			mvc.perform(post("/login").param("username", rosa.email()).param("password", PASSWORD))
				.andExpect(status().isForbidden());
			mvc.perform(post("/login").with(csrf()).param("username", rosa.email()).param("password", PASSWORD))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/"));
		}

		@Test
		void signingUpThroughTheFormWithoutACsrfTokenCreatesNothing() throws Exception {
			mvc.perform(post("/signup").param("email", "form@example.org")
				.param("password", "a-long-password")
				.param("name", "Form")).andExpect(status().isForbidden());

			assertThat(accounts("form@example.org")).isZero();
		}

		@Test
		void theJsonApiNeedsNoCsrfToken() throws Exception {
			mvc.perform(post("/api/v1/appointments/{id}/cancel", rosas.id()).with(user(rosa)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("CANCELLED"));
		}

	}

	@Nested
	class ProblemDetails {

		@Test
		void bookingATakenSlotIsA409Problem() throws Exception {
			mvc.perform(post("/api/v1/appointments").with(user(sam))
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingAt("2026-03-31T10:30:00+01:00")))
				.andExpect(problem(409))
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/slot-taken"))
				.andExpect(jsonPath("$.title").value("Slot taken"))
				.andExpect(jsonPath("$.detail").value("Tue 31 Mar at 10:30 is no longer free. Please choose another time."));
		}

		@Test
		void breakingAClinicPolicyIsA422Problem() throws Exception {
			mvc.perform(post("/api/v1/appointments").with(user(sam))
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingAt("2026-03-20T11:00:00Z")))
				.andExpect(problem(422))
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/too-short-notice"))
				.andExpect(jsonPath("$.title").value("Too short notice"))
				.andExpect(jsonPath("$.detail").value("Appointments must be booked at least 2 hours ahead."));
		}

		@Test
		void aBookingIs201AndARetryWithTheSameIdempotencyKeyReturnsTheSameAppointment() throws Exception {
			String first = mvc.perform(post("/api/v1/appointments").with(user(sam))
				.header("Idempotency-Key", "sam-tuesday-15")
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingAt("2026-03-31T15:00:00+01:00")))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.start").value("2026-03-31T15:00:00+01:00"))
				.andExpect(jsonPath("$.end").value("2026-03-31T16:00:00+01:00"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			mvc.perform(post("/api/v1/appointments").with(user(sam))
				.header("Idempotency-Key", "sam-tuesday-15")
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingAt("2026-03-31T15:00:00+01:00")))
				.andExpect(status().isCreated())
				.andExpect(content().json(first));

			assertThat(jdbc.sql("select count(*) from appointment where runner_id = :sam")
				.param("sam", sam.accountId())
				.query(Long.class)
				.single()).isOne();
		}

	}

	// the vocabulary of these tests

	/** A problem-details response with the status. */
	static ResultMatcher problem(int status) {
		return result -> {
			status().is(status).match(result);
			content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
			jsonPath("$.status").value(status).match(result);
		};
	}

	String bookingAt(String start) {
		return """
				{"serviceId": %d, "therapistId": %d, "start": "%s"}""".formatted(sports.id().value(), alice.id().value(), start);
	}

	long accounts(String email) {
		return jdbc.sql("select count(*) from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

}
