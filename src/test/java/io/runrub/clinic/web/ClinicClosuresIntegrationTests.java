package io.runrub.clinic.web;

import java.time.DayOfWeek;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clinic's closed days over HTTP: an admin closes a day, everyone signed in sees it, availability offers nothing
 * that day and booking refuses it; a day with appointments booked cannot be closed, and the refusal lists them. The
 * clock is Friday 20 March 2026; the closed day is Tuesday 31 March.
 */
@RunRubIntegrationTest
class ClinicClosuresIntegrationTests {

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
		john = clinic.therapist("John").offering(Modality.SPORTS).hours(DayOfWeek.TUESDAY, "09:00-17:00").create();
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		admin = clinic.admin();
		rita = clinic.runner("Rita");
	}

	@AfterEach
	void openAgain() {
		jdbc.sql("delete from clinic_closure").update();
	}

	@Test
	void aClosedDayIsListedForEveryoneAndNeitherOfferedNorBookable() throws Exception {
		close("2026-03-31", "Staff training").andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.date").value("2026-03-31"))
			.andExpect(jsonPath("$.reason").value("Staff training"));

		mvc.perform(get("/api/v1/closures").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].date").value("2026-03-31"))
			.andExpect(jsonPath("$[0].reason").value("Staff training"));
		mvc.perform(get("/api/v1/availability").with(httpBasic(rita.email(), PASSWORD))
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("from", "2026-03-31")
			.param("to", "2026-03-31")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(post("/api/v1/appointments").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceId\": " + sports.id().value() + ", \"start\": \"2026-03-31T10:00:00+01:00\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/clinic-closed"))
			.andExpect(jsonPath("$.detail", containsString("Staff training")));
		assertThat(appointments()).isZero();
	}

	@Test
	void removingAClosureOpensTheDayAgain() throws Exception {
		String body = close("2026-03-31", "Refit").andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(delete("/api/v1/admin/closures/" + id).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/availability").with(httpBasic(rita.email(), PASSWORD))
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("from", "2026-03-31")
			.param("to", "2026-03-31")).andExpect(jsonPath("$[0].start").value("2026-03-31T09:00:00+01:00"));
		mvc.perform(delete("/api/v1/admin/closures/" + id).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/no-such-closure"));
	}

	@Test
	void closingADayWithBookedAppointmentsIsRefusedWithTheListAndChangesNothing() throws Exception {
		mvc.perform(post("/api/v1/appointments").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceId\": " + sports.id().value() + ", \"start\": \"2026-03-31T10:00:00+01:00\"}"))
			.andExpect(status().isCreated());
		long appointmentId = jdbc.sql("select id from appointment").query(Long.class).single();

		close("2026-03-31", "Christmas Day").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/closure-over-appointments"))
			.andExpect(jsonPath("$.detail", containsString("one appointment is booked")))
			.andExpect(jsonPath("$.conflicts", hasSize(1)))
			.andExpect(jsonPath("$.conflicts[0].appointmentId").value(appointmentId))
			.andExpect(jsonPath("$.conflicts[0].start").value("2026-03-31T10:00:00+01:00"))
			.andExpect(jsonPath("$.conflicts[0].runnerName").value("Rita"));
		assertThat(jdbc.sql("select count(*) from clinic_closure").query(Long.class).single()).isZero();
	}

	@Test
	void badInputNamesTheFieldAndOnlyAdminsClose() throws Exception {
		mvc.perform(post("/api/v1/admin/closures").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Refit\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		close("2026-03-19", "Yesterday").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/closure-out-of-range"));
		close("2026-03-31", "Refit").andExpect(status().isCreated());
		close("2026-03-31", "Again").andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/closure-exists"));
		mvc.perform(post("/api/v1/admin/closures").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"2026-04-01\", \"reason\": \"Mine\"}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from clinic_closure").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theAdminPageListsClosuresAndShowsTheAppointmentsInTheWay() throws Exception {
		mvc.perform(post("/api/v1/appointments").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"serviceId\": " + sports.id().value() + ", \"start\": \"2026-03-31T10:00:00+01:00\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/admin/closures").with(httpBasic(admin.email(), PASSWORD)).with(csrf())
			.param("date", "2026-03-31")
			.param("reason", "Refit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tue 31 Mar 10:00, Rita")))
			.andExpect(content().string(containsString("one appointment is booked")));
		mvc.perform(post("/admin/closures").with(httpBasic(admin.email(), PASSWORD)).with(csrf())
			.param("date", "2026-04-07")
			.param("reason", "Refit")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/closures").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuesday 7 April 2026")));
	}

	private ResultActions close(String date, String reason) throws Exception {
		return mvc.perform(post("/api/v1/admin/closures").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\": \"" + date + "\", \"reason\": \"" + reason + "\"}"));
	}

	private long appointments() {
		return jdbc.sql("select count(*) from appointment").query(Long.class).single();
	}

}
