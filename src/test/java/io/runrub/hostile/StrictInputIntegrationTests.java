package io.runrub.hostile;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.TherapistView;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The probe's strict-input cases (issue 10, findings 9 and deliverable 7): each answers a clear 4xx as problem+json
 * that names what was wrong, and changes nothing.
 */
@RunRubIntegrationTest
class StrictInputIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	RunRubUser admin;

	RunRubUser runner;

	TherapistView john;

	long service;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		admin = clinic.admin();
		runner = clinic.runner("Rosa");
		john = clinic.therapist("John").monToSat("09:00-17:00").create();
		service = clinic.service("Sports massage", io.runrub.shared.Modality.SPORTS, 60).create().id().value();
	}

	@Test
	void anAdminListsEveryAppointment() throws Exception {
		mvc.perform(get("/api/v1/appointments").with(httpBasic(admin.email(), PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aNullInTheWorkingHoursIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		long before = count("working_period");
		asAdmin(put("/api/v1/admin/therapists/{id}/working-hours", john.id().value()), "[null]")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(count("working_period")).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "John\\u0000", "John\\u001b[31m", "Jo\\nhn", "John\\u007f", "John\\u0085" })
	void controlCharactersInATherapistsNameAreRefusedNamingTheField(String name) throws Exception {
		long before = count("therapist");
		asAdmin(post("/api/v1/admin/therapists"), """
				{"name": "%s", "email": "ctl@test.runrub.io", "password": "a-long-enough-password", "modalities": ["SPORTS"]}"""
			.formatted(name))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("name")));
		assertThat(count("therapist")).isEqualTo(before);
	}

	@Test
	void controlCharactersInAServiceNameAreRefusedNamingTheField() throws Exception {
		long before = count("massage_service");
		asAdmin(post("/api/v1/admin/services"), """
				{"name": "Deep\\u0000", "modality": "SPORTS", "durationMinutes": 60, "priceCents": 5000}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("name")));
		assertThat(count("massage_service")).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "\"SPORTS\"", "\"sports\"" })
	void anEnumMustBeOneOfItsNames(String modality) throws Exception {
		long before = count("massage_service");
		ResultActions result = asAdmin(post("/api/v1/admin/services"), """
				{"name": "Loose", "modality": %s, "durationMinutes": 60, "priceCents": 5000}""".formatted(modality));
		if (modality.equals("\"SPORTS\"")) {
			result.andExpect(status().isCreated());
			return;
		}
		result.andExpect(status().isBadRequest()).andExpect(content().string(containsString("modality")));
		assertThat(count("massage_service")).isEqualTo(before);
	}

	@Test
	void aFractionIsNotAWholeNumber() throws Exception {
		long before = count("massage_service");
		asAdmin(post("/api/v1/admin/services"), """
				{"name": "Fraction", "modality": "SPORTS", "durationMinutes": 60.5, "priceCents": 5000}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("durationMinutes")));
		assertThat(count("massage_service")).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2", "-1", "\"TRUE\"", "\"yes\"", "1" })
	void healthAnswersAreTrueOrFalseAndNothingElse(String answer) throws Exception {
		String questions = mvc.perform(get("/api/v1/intake/questions").with(httpBasic(runner.email(), PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String first = com.jayway.jsonpath.JsonPath.read(questions, "$[0].id");
		String stored = intake();
		mvc.perform(put("/api/v1/me/intake").with(httpBasic(runner.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"%s\": %s}}".formatted(first, answer)))
			.andExpect(status().isBadRequest());
		assertThat(intake()).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0001-03-20T10:00:00Z", "2014-03-20T10:00:00Z" })
	void historyIsBoundedToTheLastTenYears(String start) throws Exception {
		long before = count("appointment");
		asAdmin(post("/api/v1/admin/appointments"), """
				{"runnerEmail": "%s", "therapistId": %d, "serviceId": %d, "start": "%s"}"""
			.formatted(runner.email(), john.id().value(), service, start))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("start")));
		assertThat(count("appointment")).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "9999-12-31T10:00:00Z", "2029-03-20T10:00:00Z" })
	void timeOffEndsWithinTwoYears(String end) throws Exception {
		long before = count("time_off");
		asAdmin(post("/api/v1/admin/therapists/{id}/time-off", john.id().value()), """
				{"start": "2026-04-01T09:00:00Z", "end": "%s", "reason": "Holiday"}""".formatted(end))
			.andExpect(status().is4xxClientError())
			.andExpect(content().string(containsString("end")));
		assertThat(count("time_off")).isEqualTo(before);
	}

	@Test
	void unknownPathsAndMethodsAnswerProblemJson() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/v1/intake/questions").with(httpBasic(runner.email(), PASSWORD)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private String intake() throws Exception {
		return mvc.perform(get("/api/v1/me/intake").with(httpBasic(runner.email(), PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions asAdmin(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
