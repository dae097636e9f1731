package io.runrub.waitlist;

import java.time.Instant;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The waitlist's API: waiting, offers, accepting and declining; bad input is a 4xx naming the field. */
@RunRubIntegrationTest
class WaitlistApiIntegrationTests {

	static final Instant TEN = london("2026-03-31T10:00");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	JdbcClient jdbc;

	MassageService sports;

	TherapistView alice;

	RunRubUser ana;

	@BeforeEach
	void open() {
		clinic.reset();
		clinic.open();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		ana = clinic.runner("Ana");
	}

	@Test
	void aRunnerWaitsIsOfferedAFreedSlotAndBooksIt() throws Exception {
		mvc.perform(post("/api/v1/me/waitlist").with(user(ana)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": %d, "from": "2026-03-30", "to": "2026-04-03",
					 "times": [{"dayOfWeek": "TUESDAY", "from": "09:00", "to": "12:00"}]}""".formatted(sports.id().value())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.times[0].dayOfWeek").value("TUESDAY"))
			.andExpect(jsonPath("$.status").value("WAITING"));
		mvc.perform(get("/api/v1/me/waitlist").with(user(ana))).andExpect(jsonPath("$", hasSize(1)));

		freeTheSlotAtTen();

		String offers = mvc.perform(get("/api/v1/me/offers").with(user(ana)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].therapistName").value("Alice"))
			.andExpect(jsonPath("$[0].start").value("2026-03-31T10:00:00+01:00"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long offerId = Long.parseLong(offers.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));

		mvc.perform(post("/api/v1/me/offers/{id}/accept", offerId).with(user(ana)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.start").value("2026-03-31T10:00:00+01:00"));
		mvc.perform(post("/api/v1/me/offers/{id}/accept", offerId).with(user(ana)).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/me/waitlist").with(user(ana))).andExpect(jsonPath("$", hasSize(0)));
		assertThat(jdbc.sql("select count(*) from appointment where status = 'BOOKED' and runner_id = :id")
			.param("id", ana.accountId())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void anotherRunnersOfferIsNotFoundAndADeclinedOneCannotBeAccepted() throws Exception {
		RunRubUser ben = clinic.runner("Ben");
		wait(ana);
		freeTheSlotAtTen();
		long offerId = jdbc.sql("select id from waitlist_offer").query(Long.class).single();

		mvc.perform(post("/api/v1/me/offers/{id}/accept", offerId).with(user(ben)).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/waitlist-offer-not-found"));
		mvc.perform(post("/api/v1/me/offers/{id}/decline", offerId).with(user(ana)).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/me/offers/{id}/accept", offerId).with(user(ana)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/waitlist-offer-closed"));
	}

	@Test
	void leavingTheWaitlist() throws Exception {
		wait(ana);
		long entry = jdbc.sql("select id from waitlist_entry").query(Long.class).single();
		RunRubUser ben = clinic.runner("Ben");

		mvc.perform(delete("/api/v1/me/waitlist/{id}", entry).with(user(ben)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/me/waitlist/{id}", entry).with(user(ana)).with(csrf()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me/waitlist").with(user(ana))).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void badInputNamesTheFieldAndChangesNothing() throws Exception {
		mvc.perform(post("/api/v1/me/waitlist").with(user(ana)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"from": "2026-03-30", "to": "2026-04-03"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceId"));
		mvc.perform(post("/api/v1/me/waitlist").with(user(ana)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": %d, "from": "2026-03-30", "to": "2026-04-03",
					 "times": [{"dayOfWeek": 2, "from": "09:00", "to": "12:00"}]}""".formatted(sports.id().value())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("times[0].dayOfWeek"));
		mvc.perform(post("/api/v1/me/waitlist").with(user(ana)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": %d, "from": "2026-03-30", "to": "2026-04-03",
					 "times": [{"dayOfWeek": "MONDAY", "from": "12:00", "to": "09:00"}]}""".formatted(sports.id().value())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/waitlist-times-reversed"));
		mvc.perform(post("/api/v1/me/waitlist").with(user(ana)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": %d, "from": "2026-04-03", "to": "2026-03-30"}""".formatted(sports.id().value())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/waitlist-range-reversed"));
		assertThat(jdbc.sql("select count(*) from waitlist_entry").query(Long.class).single()).isZero();
	}

	@Test
	void onlyRunnersWait() throws Exception {
		mvc.perform(get("/api/v1/me/offers").with(user(clinic.login(alice)))).andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsEachFieldOnceWithItsErrorNextToIt() throws Exception {
		String html = mvc.perform(post("/waitlist").with(user(ana)).with(csrf())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("from", "2026-04-03")
			.param("to", "2026-03-30"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(jdbc.sql("select count(*) from waitlist_entry").query(Long.class).single()).isZero();
		assertThat(html.split("id=\"serviceId\"", -1)).hasSize(2);
		assertThat(html).contains("id=\"to-error\"").contains("The last day must not be before the first.");
		assertThat(jdbc.sql("select count(*) from waitlist_entry").query(Long.class).single()).isZero();
	}

	@Test
	void thePlanOpensTheFormForItsKindOfMassageAndTheEntryComesFromThePlan() throws Exception {
		String html = mvc.perform(get("/waitlist").with(user(ana))
			.param("fromPlan", "true")
			.param("modality", "SPORTS")
			.param("from", "2026-03-29")
			.param("to", "2026-04-02"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<option value=\"%d\" selected=\"selected\">".formatted(sports.id().value()))
			.contains("name=\"fromPlan\" value=\"true\"");

		mvc.perform(post("/waitlist").with(user(ana)).with(csrf())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("from", "2026-03-29")
			.param("to", "2026-04-02")
			.param("fromPlan", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select from_plan from waitlist_entry").query(Boolean.class).single()).isTrue();

		mvc.perform(get("/waitlist/summary").with(user(ana)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("From your plan")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
	}

	private void wait(RunRubUser runner) throws Exception {
		mvc.perform(post("/api/v1/me/waitlist").with(user(runner)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"serviceId": %d, "from": "2026-03-30", "to": "2026-04-03"}""".formatted(sports.id().value())))
			.andExpect(status().isCreated());
	}

	private void freeTheSlotAtTen() {
		RunRubUser carl = clinic.runner("Carl");
		AppointmentView booked = booking
			.book(new BookingRequest(RunnerId.of(carl.accountId()), sports.id(), TEN, alice.id(), null));
		booking.cancel(booked.id(), Actor.of(carl.accountId(), Role.RUNNER));
		clinic.awaitEvents();
	}

}
