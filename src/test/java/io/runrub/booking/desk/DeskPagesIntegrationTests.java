package io.runrub.booking.desk;

import java.time.DayOfWeek;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The front desk's pages: the schedule with a column per therapist, booking for a client with each error next to its
 * field, and the therapist's time-off form listing the appointments in the way and applying a decision for each.
 * The clock is Friday 20 March 2026; John works Tuesdays 09:00-13:00 and 14:00-17:00.
 */
@RunRubIntegrationTest
class DeskPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin;

	RunRubUser rita;

	TherapistView john;

	MassageService sports;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		john = clinic.therapist("John").offering(Modality.SPORTS).hours(DayOfWeek.TUESDAY, "09:00-13:00", "14:00-17:00").create();
		clinic.therapist("Kate").offering(Modality.SPORTS).hours(DayOfWeek.WEDNESDAY, "09:00-17:00").create();
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		RunRubUser user = clinic.admin();
		admin = authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		rita = clinic.runner("Rita Runner");
	}

	@Test
	void theAdminBooksForAClientFromTheScheduleAndSeesItInTheTherapistsColumn() throws Exception {
		mvc.perform(get("/admin/schedule").param("date", "2026-03-24").param("q", "rita").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Schedule for Tuesday 24 March 2026"),
					containsString(">John<"), containsString(">Kate<"), containsString("Break 13:00–14:00"),
					containsString("Rita Runner (" + rita.email() + ")"))));

		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", rita.email())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("date", "2026-03-24")
			.param("time", "10:00")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/schedule?date=2026-03-24"));
		assertThat(jdbc.sql("select count(*) from appointment").query(Long.class).single()).isEqualTo(1);

		mvc.perform(get("/admin/schedule").param("date", "2026-03-24").with(admin))
			.andExpect(content().string(allOf(containsString("Rita Runner"), containsString("10:00–11:00"))));
	}

	@Test
	void theScheduleShowsAndReadsDatesAndTimesAsTheClinicWritesThem() throws Exception {
		// "Go to" shows the day as 24/03/2026 in a text box (a browser's date picker shows the browser's locale)
		mvc.perform(get("/admin/schedule").param("date", "24/03/2026").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Schedule for Tuesday 24 March 2026"),
					containsString("value=\"24/03/2026\""))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("type=\"date\""))));

		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", rita.email())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("date", "2026-03-24")
			.param("time", "10:00")).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from appointment").query(Long.class).single();
		mvc.perform(post("/admin/schedule/appointments/" + id + "/move").with(admin)
			.with(csrf())
			.param("date", "24/03/2026")
			.param("toDate", "24/03/2026")
			.param("toTime", "15:00")
			.param("reason", "John is at a course")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/schedule").param("date", "24/03/2026").with(admin))
			.andExpect(content().string(allOf(containsString("Rita Runner"), containsString("15:00–16:00"))));
	}

	@Test
	void aBookingFormWithMistakesShowsEachNextToItsFieldAndBooksNothing() throws Exception {
		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", "not an email")
			.param("date", "2026-03-24")
			.param("time", "10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"runnerEmail-error\""),
					containsString("Give the client&#39;s email address."), containsString("id=\"serviceId-error\""))));
		// a refusal of the domain is shown at the top of the form
		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", rita.email())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("date", "2026-03-20")
			.param("time", "11:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("notice")));
		assertThat(jdbc.sql("select count(*) from appointment").query(Long.class).single()).isZero();
	}

	@Test
	void timeOffOverABookingListsItThenCancelsItAsDecided() throws Exception {
		mvc.perform(post("/admin/schedule/book").with(admin)
			.with(csrf())
			.param("runnerEmail", rita.email())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("date", "2026-03-24")
			.param("time", "10:00")).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from appointment").query(Long.class).single();

		mvc.perform(post("/admin/therapists/" + john.id().value() + "/time-off").with(admin)
			.with(csrf())
			.param("start", "2026-03-24T09:00")
			.param("end", "2026-03-24T17:00")
			.param("reason", "Course"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"time-off-conflicts\""),
					containsString("Tue 24 Mar 10:00, Rita Runner"), containsString("name=\"decision-" + id + "\""))));
		assertThat(jdbc.sql("select count(*) from time_off").query(Long.class).single()).isZero();

		mvc.perform(post("/admin/therapists/" + john.id().value() + "/time-off").with(admin)
			.with(csrf())
			.param("start", "2026-03-24T09:00")
			.param("end", "2026-03-24T17:00")
			.param("reason", "Course")
			.param("decision-" + id, "CANCEL")
			.param("clientMessage", "John is ill"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from appointment").query(String.class).single()).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select count(*) from time_off").query(Long.class).single()).isEqualTo(1);
		clinic.awaitEvents();
		assertThat(jdbc.sql("select body_text from outbox_message where kind = 'APPOINTMENT_CANCELLED'")
			.query(String.class)
			.single()).contains("The clinic's reason: John is ill");
	}

}
