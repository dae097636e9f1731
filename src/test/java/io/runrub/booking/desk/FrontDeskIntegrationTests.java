package io.runrub.booking.desk;

import java.time.DayOfWeek;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The front desk over HTTP: the admin finds a client and books for them, or creates and invites a new one; overrides
 * the notice but never the no-overlap guarantee; reads the clinic's schedule; and adds time off over booked
 * appointments only by deciding, for each, to move or cancel it (all or nothing), each client told why. The clock is
 * Friday 20 March 2026, 10:00 in London; John works Tuesdays 09:00-13:00 and 14:00-17:00. Against H2 and
 * PostgreSQL: moves and cancellations inside the time off's transaction are savepoints on both.
 */
class FrontDeskIntegrationTests {

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Scenarios {

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Scenarios {

	}

	abstract static class Scenarios {

		@Autowired
		MockMvc mvc;

		@Autowired
		TestClinic clinic;

		@Autowired
		JdbcClient jdbc;

		RunRubUser admin;

		RunRubUser rita;

		TherapistView john;

		MassageService sports;

		@BeforeEach
		void setUp() {
			jdbc.sql("delete from clinic_closure").update();
			clinic.reset();
			clinic.open();
			john = clinic.therapist("John")
				.offering(Modality.SPORTS)
				.hours(DayOfWeek.TUESDAY, "09:00-13:00", "14:00-17:00")
				.hours(DayOfWeek.FRIDAY, "09:00-17:00")
				.create();
			sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
			admin = clinic.admin();
			rita = clinic.runner("Rita Runner");
		}

		@AfterEach
		void openAgain() {
			jdbc.sql("delete from clinic_closure").update();
		}

		@Test
		void theAdminFindsAClientByNameOrEmailAndBooksForThem() throws Exception {
			mvc.perform(get("/api/v1/admin/clients").param("q", "RITA r").with(httpBasic(admin.email(), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(1)))
				.andExpect(jsonPath("$[0].name").value("Rita Runner"));
			mvc.perform(get("/api/v1/admin/clients").param("q", rita.email().substring(0, 5))
				.with(httpBasic(admin.email(), PASSWORD))).andExpect(jsonPath("$[0].email").value(rita.email()));
			// staff are not clients
			mvc.perform(get("/api/v1/admin/clients").param("q", "ada").with(httpBasic(admin.email(), PASSWORD)))
				.andExpect(jsonPath("$", hasSize(0)));

			book(rita.email(), "2026-03-24T10:00:00Z", null, false).andExpect(status().isCreated())
				.andExpect(jsonPath("$.runnerName").value("Rita Runner"))
				.andExpect(jsonPath("$.therapistName").value("John"))
				.andExpect(jsonPath("$.clientCreated").value(false));
			// runners cannot use the desk
			mvc.perform(post("/api/v1/admin/bookings").with(httpBasic(rita.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingJson(rita.email(), "2026-03-24T14:00:00Z", null, false)))
				.andExpect(status().isForbidden());
			assertThat(count("appointment")).isEqualTo(1);
		}

		@Test
		void aNewClientIsCreatedWithTheBookingAndInvitedToChooseAPassword() throws Exception {
			book("nina@example.com", "2026-03-24T10:00:00Z", null, false).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/desk-no-such-client"));
			assertThat(count("account where email = 'nina@example.com'")).isZero();

			book("nina@example.com", "2026-03-24T10:00:00Z", "Nina New", false).andExpect(status().isCreated())
				.andExpect(jsonPath("$.runnerName").value("Nina New"))
				.andExpect(jsonPath("$.clientCreated").value(true));

			String invite = jdbc.sql("select body_text from outbox_message where kind = 'CLIENT_INVITED' and recipient = ?")
				.param("nina@example.com")
				.query(String.class)
				.single();
			assertThat(invite).contains("Hello Nina New").contains("/password-reset/").contains("7 days");
			assertThat(count("password_reset")).isEqualTo(1);
			clinic.awaitEvents();
			assertThat(count("outbox_message where kind = 'BOOKING_CONFIRMED' and recipient = 'nina@example.com'"))
				.isEqualTo(1);
		}

		@Test
		void aRefusedBookingLeavesNoNewClientBehind() throws Exception {
			// Sunday: John does not work
			book("nina@example.com", "2026-03-22T10:00:00Z", "Nina New", false).andExpect(status().is4xxClientError());
			assertThat(count("account where email = 'nina@example.com'")).isZero();
			assertThat(count("outbox_message")).isZero();
		}

		@Test
		void theAdminMayOverrideTheNoticeButNeverTheNoOverlapGuarantee() throws Exception {
			// an hour from now, inside the clinic's two hours' notice
			book(rita.email(), "2026-03-20T11:00:00Z", null, false).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/too-short-notice"));
			book(rita.email(), "2026-03-20T11:00:00Z", null, true).andExpect(status().isCreated());
			assertThat(jdbc.sql("select notice_overridden_by from appointment").query(Long.class).single())
				.isEqualTo(admin.accountId());

			RunRubUser sam = clinic.runner("Sam");
			book(sam.email(), "2026-03-20T11:30:00Z", null, true).andExpect(status().is4xxClientError());
			assertThat(count("appointment")).isEqualTo(1);
			// and never in the past
			book(sam.email(), "2026-03-20T09:00:00Z", null, true).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/desk-start-past"));
		}

		@Test
		void theScheduleShowsEachTherapistsHoursBreaksTimeOffAndAppointments() throws Exception {
			book(rita.email(), "2026-03-24T10:00:00Z", null, false).andExpect(status().isCreated());
			mvc.perform(get("/api/v1/admin/schedule").param("from", "2026-03-23")
				.param("to", "2026-03-29")
				.with(httpBasic(admin.email(), PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.timeZone").value("Europe/London"))
				.andExpect(jsonPath("$.therapists[0].name").value("John"))
				.andExpect(jsonPath("$.days", hasSize(7)))
				.andExpect(jsonPath("$.days[1].date").value("2026-03-24"))
				.andExpect(jsonPath("$.days[1].therapists[0].hours", hasSize(2)))
				.andExpect(jsonPath("$.days[1].therapists[0].breaks[0].from").value("13:00:00"))
				.andExpect(jsonPath("$.days[1].therapists[0].breaks[0].to").value("14:00:00"))
				.andExpect(jsonPath("$.days[1].therapists[0].appointments[0].runnerName").value("Rita Runner"))
				.andExpect(jsonPath("$.days[1].therapists[0].appointments[0].serviceName").value("Sports massage"))
				.andExpect(jsonPath("$.days[0].therapists[0].appointments", hasSize(0)));
		}

		@Test
		void aRangeBeyondThirtyOneDaysOrBackwardsIsA400NamingTheField() throws Exception {
			mvc.perform(get("/api/v1/admin/schedule").param("from", "2026-03-01")
				.param("to", "2026-04-01")
				.with(httpBasic(admin.email(), PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/schedule-range-invalid"))
				.andExpect(jsonPath("$.errors[0].field").value("to"));
			mvc.perform(get("/api/v1/admin/schedule").param("from", "2026-03-10")
				.param("to", "2026-03-09")
				.with(httpBasic(admin.email(), PASSWORD))).andExpect(status().isBadRequest());
			mvc.perform(get("/api/v1/admin/schedule").param("from", "2026-03-01")
				.param("to", "2026-03-31")
				.with(httpBasic(admin.email(), PASSWORD))).andExpect(status().isOk());
			mvc.perform(get("/api/v1/admin/schedule").param("from", "soon")
				.param("to", "2026-03-31")
				.with(httpBasic(admin.email(), PASSWORD)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("from"));
		}

		@Test
		void timeOffOverBookingsIsRefusedWithTheListThenAppliedWithADecisionForEach() throws Exception {
			RunRubUser sam = clinic.runner("Sam");
			long ritas = id(book(rita.email(), "2026-03-24T10:00:00Z", null, false));
			long sams = id(book(sam.email(), "2026-03-24T15:00:00Z", null, false));

			String refused = timeOff("{\"start\": \"2026-03-24T09:00:00Z\", \"end\": \"2026-03-24T17:00:00Z\", "
					+ "\"reason\": \"Course\"}").andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/time-off-over-appointments"))
				.andExpect(jsonPath("$.conflicts", hasSize(2)))
				.andExpect(jsonPath("$.conflicts[0].appointmentId").value(ritas))
				.andExpect(jsonPath("$.conflicts[0].runnerName").value("Rita Runner"))
				.andExpect(jsonPath("$.conflicts[0].start").value("2026-03-24T10:00:00Z"))
				.andExpect(jsonPath("$.conflicts[1].appointmentId").value(sams))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(count("time_off")).isZero();
			String proposed = JsonPath.read(refused, "$.conflicts[0].proposedStart");
			assertThat(proposed).isNotNull();

			// a decision for one of them only: still refused, nothing done
			timeOff("{\"start\": \"2026-03-24T09:00:00Z\", \"end\": \"2026-03-24T17:00:00Z\", \"reason\": \"Course\", "
					+ "\"decisions\": [{\"appointmentId\": " + ritas + ", \"action\": \"CANCEL\"}]}")
				.andExpect(status().isConflict());
			assertThat(statusOf(ritas)).isEqualTo("BOOKED");

			timeOff("{\"start\": \"2026-03-24T09:00:00Z\", \"end\": \"2026-03-24T17:00:00Z\", \"reason\": \"Course\", "
					+ "\"clientMessage\": \"John is on a first-aid course\", \"decisions\": [{\"appointmentId\": " + ritas
					+ ", \"action\": \"MOVE\"}, {\"appointmentId\": " + sams + ", \"action\": \"CANCEL\"}]}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.reason").value("Course"));
			assertThat(count("time_off")).isEqualTo(1);
			assertThat(statusOf(sams)).isEqualTo("CANCELLED");
			assertThat(jdbc.sql("select start_at from appointment where id = ?")
				.param(ritas)
				.query(java.time.OffsetDateTime.class)
				.single()
				.toInstant()).isEqualTo(java.time.OffsetDateTime.parse(proposed).toInstant());

			clinic.awaitEvents();
			assertThat(body("APPOINTMENT_MOVED", rita.email())).contains("The clinic's reason: John is on a first-aid course");
			assertThat(body("APPOINTMENT_CANCELLED", sam.email())).contains("The clinic's reason: John is on a first-aid course");
		}

		@Test
		void decisionsThatCannotAllBeDoneDoNothing() throws Exception {
			RunRubUser sam = clinic.runner("Sam");
			long ritas = id(book(rita.email(), "2026-03-24T10:00:00Z", null, false));
			long sams = id(book(sam.email(), "2026-03-24T15:00:00Z", null, false));
			RunRubUser tom = clinic.runner("Tom");
			long toms = id(book(tom.email(), "2026-03-27T10:00:00Z", null, false));
			// Sam's cancellation is done first; then Rita's move onto Tom's Friday is refused by the no-overlap guarantee,
			// and Sam's cancellation is undone with it
			timeOff("{\"start\": \"2026-03-24T09:00:00Z\", \"end\": \"2026-03-24T17:00:00Z\", \"decisions\": ["
					+ "{\"appointmentId\": " + sams + ", \"action\": \"CANCEL\"}, {\"appointmentId\": " + ritas
					+ ", \"action\": \"MOVE\", \"moveTo\": \"2026-03-27T10:00:00Z\"}]}")
				.andExpect(status().isConflict());
			// a move into the time off itself leaves the appointment in the way: refused, nothing done
			timeOff("{\"start\": \"2026-03-24T09:00:00Z\", \"end\": \"2026-03-24T17:00:00Z\", \"decisions\": ["
					+ "{\"appointmentId\": " + sams + ", \"action\": \"CANCEL\"}, {\"appointmentId\": " + ritas
					+ ", \"action\": \"MOVE\", \"moveTo\": \"2026-03-24T16:00:00Z\"}]}")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.type").value("https://runrub.io/problems/time-off-over-appointments"));
			assertThat(statusOf(toms)).isEqualTo("BOOKED");
			clinic.awaitEvents();
			assertThat(count("outbox_message where kind in ('APPOINTMENT_MOVED', 'APPOINTMENT_CANCELLED')")).isZero();
			assertThat(count("time_off")).isZero();
			assertThat(statusOf(ritas)).isEqualTo("BOOKED");
			assertThat(statusOf(sams)).isEqualTo("BOOKED");
		}

		@Test
		void aClosureOverBookingsIsAppliedWithDecisions() throws Exception {
			long ritas = id(book(rita.email(), "2026-03-24T10:00:00Z", null, false));
			mvc.perform(post("/api/v1/admin/closures").with(httpBasic(admin.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2026-03-24\", \"reason\": \"Flood\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.conflicts[0].appointmentId").value(ritas))
				.andExpect(jsonPath("$.conflicts[0].proposedStart").isNotEmpty());
			mvc.perform(post("/api/v1/admin/closures").with(httpBasic(admin.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\": \"2026-03-24\", \"reason\": \"Flood\", \"decisions\": [{\"appointmentId\": "
						+ ritas + ", \"action\": \"CANCEL\"}]}"))
				.andExpect(status().isCreated());
			assertThat(statusOf(ritas)).isEqualTo("CANCELLED");
			clinic.awaitEvents();
			assertThat(body("APPOINTMENT_CANCELLED", rita.email())).contains("The clinic's reason: Flood");
		}

		private ResultActions book(String email, String start, String newClientName, boolean override) throws Exception {
			return mvc.perform(post("/api/v1/admin/bookings").with(httpBasic(admin.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(bookingJson(email, start, newClientName, override)));
		}

		private String bookingJson(String email, String start, String newClientName, boolean override) {
			return "{\"runnerEmail\": \"" + email + "\", \"serviceId\": " + sports.id().value() + ", \"start\": \"" + start
					+ "\", \"overrideNotice\": " + override
					+ (newClientName == null ? "" : ", \"newClientName\": \"" + newClientName + "\"") + "}";
		}

		private ResultActions timeOff(String json) throws Exception {
			return mvc.perform(post("/api/v1/admin/therapists/" + john.id().value() + "/time-off")
				.with(httpBasic(admin.email(), PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
		}

		private static long id(ResultActions booked) throws Exception {
			String body = booked.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
			return ((Number) JsonPath.read(body, "$.id")).longValue();
		}

		private String statusOf(long appointmentId) {
			return jdbc.sql("select status from appointment where id = ?").param(appointmentId).query(String.class).single();
		}

		private String body(String kind, String recipient) {
			List<String> bodies = jdbc.sql("select body_text from outbox_message where kind = ? and recipient = ?")
				.param(kind)
				.param(recipient)
				.query(String.class)
				.list();
			assertThat(bodies).hasSize(1);
			return bodies.get(0);
		}

		private long count(String tableAndWhere) {
			return jdbc.sql("select count(*) from " + tableAndWhere).query(Long.class).single();
		}
	}

}
