package io.runrub.runners.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.ProfileKeeping;
import io.runrub.shared.DomainException;
import io.runrub.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error shapes of the runners' controllers, without a database: the pages show every error of a form at once,
 * each next to its field with what was typed; the API answers problem+json naming each bad field, or the refusal's
 * stable type.
 */
@WebMvcTest(controllers = { ProfilePageController.class, ProfileApiController.class, IntakePageController.class,
		IntakeApiController.class })
@Import(WebSlice.class)
class RunnersControllersWebTests {

	static final RunRubUser RITA = new RunRubUser(7, "rita@example.com", "Rita", Role.RUNNER, "x");

	static final RunnerId RITAS = RunnerId.of(7);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProfileKeeping profiles;

	@MockitoBean
	IntakeScreening screening;

	@MockitoBean
	ClinicCatalog catalog;

	@BeforeEach
	void aClinic() {
		given(catalog.clinic()).willReturn(new ClinicInfo("Stride", "", ZoneId.of("Europe/London"),
				Currency.getInstance("GBP"), new ClinicPolicies(Duration.ofHours(2), 90, Duration.ofHours(24))));
		given(catalog.zone()).willReturn(ZoneId.of("Europe/London"));
		given(catalog.activeTherapists()).willReturn(List.of());
		given(profiles.find(RITAS)).willReturn(Optional.empty());
		given(screening.find(RITAS)).willReturn(Optional.empty());
	}

	// profile page

	@Test
	void aNumberThatIsNotANumberAndAnotherBadFieldShowBothErrorsAndKeepEverythingTyped() throws Exception {
		String page = oneLine(mvc
			.perform(post("/profile").with(user(RITA))
				.with(csrf())
				.param("trainingDaysPerWeek", "sixty")
				.param("level", "RECREATIONAL")
				.param("pressureTolerance", "FIRM")
				.param("goals", "MAINTENANCE")
				.param("monthlyBudget", "lots")
				.param("complaints[0].area", "CALVES")
				.param("complaints[0].kind", "TIGHTNESS")
				.param("complaints[0].since", "2026-03-01")
				.param("complaints[0].severity", "eleventy"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page)
			.contains("<p id=\"trainingDaysPerWeek-error\" class=\"field-error\">"
					+ "Enter how many days a week you train, from 0 to 7.</p>")
			.contains("<p id=\"monthlyBudget-error\" class=\"field-error\">"
					+ "Enter your monthly budget as an amount such as 130 or 130.00, or 0 if you have none.</p>")
			.as("what was typed is shown again, the number that is not one too")
			.containsPattern("<input id=\"trainingDaysPerWeek\" type=\"text\" inputmode=\"numeric\" "
					+ "aria-invalid=\"true\" aria-describedby=\"trainingDaysPerWeek-error\"[^>]*value=\"sixty\">")
			.containsPattern("<input id=\"monthlyBudget\"[^>]*aria-invalid=\"true\"[^>]*value=\"lots\">")
			.contains("<option value=\"RECREATIONAL\" selected=\"selected\">")
			.contains("<option value=\"FIRM\" selected=\"selected\">")
			.containsPattern("value=\"MAINTENANCE\" id=\"goals\\d\" name=\"goals\" checked=\"checked\"")
			.contains("<option value=\"CALVES\" selected=\"selected\">")
			.as("a date typed as ISO is read, and shown as the clinic writes it").contains("value=\"01/03/2026\"")
			.as("a complaint's severity that is not a number is an error on that row")
			.contains("id=\"complaint-0-severity-error\"")
			.doesNotContain("level-error")
			.doesNotContain("??");
		verify(profiles, never()).save(any(), any());
	}

	@Test
	void aRefusalAboutOneFieldIsShownNextToIt() throws Exception {
		given(profiles.save(eq(RITAS), any())).willThrow(DomainException.refused("therapist-unknown", 99));

		String page = mvc
			.perform(post("/profile").with(user(RITA))
				.with(csrf())
				.param("trainingDaysPerWeek", "3")
				.param("level", "RECREATIONAL")
				.param("pressureTolerance", "FIRM")
				.param("monthlyBudget", "120")
				.param("preferredTherapistId", "99"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<p id=\"preferredTherapistId-error\" class=\"field-error\">There is no therapist "
				+ "with id 99. Choose one of the clinic&#39;s therapists, or no preference.</p>");
	}

	// profile API

	@Test
	void theProfileApiNamesEveryBadField() throws Exception {
		mvc.perform(put("/api/v1/me/profile").with(user(RITA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"trainingDaysPerWeek": 9, "level": "RECREATIONAL", "monthlyBudgetCents": -1,
					 "complaints": [{"area": "CALVES", "kind": "PAIN", "since": "2026-03-01", "severity": 11}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("trainingDaysPerWeek",
					"pressureTolerance", "monthlyBudgetCents", "complaints[0].severity")))
			.andExpect(jsonPath("$.errors[?(@.field == 'trainingDaysPerWeek')].message")
				.value(hasItem("From 0 to 7 days a week.")));
		verifyNoInteractions(profiles);
	}

	@Test
	void theProfileApiAnswersARefusalWithItsStableType() throws Exception {
		given(profiles.save(eq(RITAS), any())).willThrow(DomainException.refused("therapist-unknown", 99));

		mvc.perform(put("/api/v1/me/profile").with(user(RITA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"trainingDaysPerWeek": 3, "level": "RECREATIONAL", "pressureTolerance": "FIRM",
					 "monthlyBudgetCents": 12000, "preferredTherapistId": 99}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/therapist-unknown"))
			.andExpect(jsonPath("$.detail")
				.value("There is no therapist with id 99. Choose one of the clinic's therapists, or no preference."));
	}

	@Test
	void noProfileYetIsNotFoundWithItsType() throws Exception {
		mvc.perform(get("/api/v1/me/profile").with(user(RITA)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/profile-missing"));
	}

	// intake page

	@Test
	void everyUnansweredQuestionIsMarkedWhereItIsAskedAndWhatWasAnsweredStays() throws Exception {
		MockHttpServletRequestBuilder request = post("/intake").with(user(RITA))
			.with(csrf())
			.param("next", "/book")
			.param("notes", "x".repeat(2001));
		List<IntakeQuestion> questions = IntakeQuestions.all();
		for (IntakeQuestion question : questions.subList(2, questions.size())) {
			request.param("answers[" + question.id() + "]", "no");
		}
		request.param("answers[" + questions.get(1).id() + "]", "maybe");

		String page = oneLine(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page)
			.contains("Please answer every question with yes or no: 2 questions are not answered yet (marked below).")
			.contains("<p class=\"field-error\" id=\"" + questions.get(0).id() + "-error\">Please answer yes or no.</p>")
			.contains("<p class=\"field-error\" id=\"" + questions.get(1).id() + "-error\">Please answer yes or no.</p>")
			.contains("id=\"q-" + questions.get(0).id() + "\" aria-invalid=\"true\" aria-describedby=\""
					+ questions.get(0).id() + "-error\"")
			.doesNotContain(questions.get(2).id() + "-error")
			.contains("id=\"" + questions.get(2).id() + "-no\" required checked=\"checked\"")
			.contains("<p id=\"notes-error\" class=\"field-error\">Your notes can have at most 2,000 characters.</p>")
			.contains("name=\"next\" value=\"/book\"");
		verify(screening, never()).answer(any(), anyMap(), anyString());
	}

	@Test
	void allAnsweredGoesOnToWhereTheRunnerWasGoing() throws Exception {
		MockHttpServletRequestBuilder request = post("/intake").with(user(RITA)).with(csrf()).param("next", "/book");
		IntakeQuestions.all().forEach(question -> request.param("answers[" + question.id() + "]", "no"));
		given(screening.answer(eq(RITAS), anyMap(), eq(""))).willAnswer(call -> new Intake(call.getArgument(1), null,
				Instant.parse("2026-03-20T10:00:00Z"), Instant.parse("2026-03-20T10:00:00Z")));

		mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/book"));
	}

	// intake API

	@Test
	void theIntakeApiRefusesAnswersWithTheRefusalsType() throws Exception {
		given(screening.answer(eq(RITAS), anyMap(), any()))
			.willThrow(DomainException.refused("intake-notes-too-long", 2000));

		mvc.perform(put("/api/v1/me/intake").with(user(RITA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"answers": {"FEVER": false}, "notes": "fine"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/intake-notes-too-long"));
	}

	@Test
	void theIntakeApiNamesAMissingField() throws Exception {
		mvc.perform(put("/api/v1/me/intake").with(user(RITA))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"notes": "fine"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("answers"));
		verifyNoInteractions(screening);
	}

	@Test
	void noAnswersYetIsNotFoundWithItsType() throws Exception {
		mvc.perform(get("/api/v1/me/intake").with(user(RITA)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/intake-missing"));
	}

	private static String oneLine(String page) {
		return page.replaceAll("\\s+", " ");
	}

}
