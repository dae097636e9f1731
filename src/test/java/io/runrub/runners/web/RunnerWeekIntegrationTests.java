package io.runrub.runners.web;

import java.time.DayOfWeek;
import java.time.LocalTime;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.runners.AvailableTime;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.as;
import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The times in the week a runner can come, in the profile's API and on the profile page: saved and read back, absent
 * meaning whenever the clinic is open, and times that end before they start, overlap or crowd a day refused next to
 * the field with nothing saved.
 */
@RunRubIntegrationTest
class RunnerWeekIntegrationTests {

	private static final String PROFILE = """
			{"trainingDaysPerWeek": 4, "level": "RECREATIONAL", "pressureTolerance": "FIRM", "monthlyBudgetCents": 10000%s}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistration registration;

	@Autowired
	ProfileKeeping profiles;

	RunRubUser rosa;

	@BeforeEach
	void setUp() {
		io.runrub.accounts.AccountSummary account = registration.signUpRunner(unique("rosa") + "@example.test",
				"correct-horse-7", "Rosa");
		rosa = new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
	}

	@Test
	void theTimesARunnerCanComeAreSavedAndReadBack() throws Exception {
		putProfile(", 'availability': [{'dayOfWeek': 'TUESDAY', 'from': '18:00', 'to': '21:00'}, {'dayOfWeek': 'SATURDAY', 'from': '08:00', 'to': '12:00'}]").andExpect(status().isOk());

		mvc.perform(get("/api/v1/me/profile").with(as(rosa)))
			.andExpect(jsonPath("$.availability", hasSize(2)))
			.andExpect(jsonPath("$.availability[0].dayOfWeek").value("TUESDAY"))
			.andExpect(jsonPath("$.availability[0].from").value("18:00"))
			.andExpect(jsonPath("$.availability[0].to").value("21:00"))
			.andExpect(jsonPath("$.availability[1].dayOfWeek").value("SATURDAY"));
		RunnerProfile saved = profiles.find(RunnerId.of(rosa.accountId())).orElseThrow();
		assertThat(saved.canCome(DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(20, 0))).isTrue();
		assertThat(saved.canCome(DayOfWeek.TUESDAY, LocalTime.of(17, 0), LocalTime.of(18, 0))).isFalse();
		assertThat(saved.canComeOn(DayOfWeek.MONDAY)).isFalse();
	}

	@Test
	void withoutTimesTheRunnerCanComeWheneverTheClinicIsOpen() throws Exception {
		putProfile("").andExpect(status().isOk()).andExpect(jsonPath("$.availability", hasSize(0)));
		RunnerProfile saved = profiles.find(RunnerId.of(rosa.accountId())).orElseThrow();
		assertThat(saved.canCome(DayOfWeek.MONDAY, LocalTime.of(7, 0), LocalTime.of(8, 0))).isTrue();
	}

	@Test
	void badTimesAreRefusedNamingTheDayOrFieldAndNothingIsSaved() throws Exception {
		putProfile(", 'availability': [{'dayOfWeek': 'MONDAY', 'from': '21:00', 'to': '18:00'}]")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/availability-order"))
			.andExpect(jsonPath("$.detail", containsString("Monday")));
		putProfile(", 'availability': [{'dayOfWeek': 'MONDAY', 'from': '17:00', 'to': '19:00'}, {'dayOfWeek': 'MONDAY', 'from': '18:30', 'to': '20:00'}]")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/availability-overlap"));
		putProfile(", 'availability': [{'dayOfWeek': 'MONDAY', 'from': '07:00', 'to': '08:00'}, {'dayOfWeek': 'MONDAY', 'from': '09:00', 'to': '10:00'}, {'dayOfWeek': 'MONDAY', 'from': '11:00', 'to': '12:00'}, {'dayOfWeek': 'MONDAY', 'from': '13:00', 'to': '14:00'}]")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/availability-too-many"));
		putProfile(", 'availability': [{'dayOfWeek': 'FUNDAY', 'from': '7pm', 'to': '21:00'}]")
			.andExpect(status().isBadRequest());
		putProfile(", 'availability': [{'dayOfWeek': 'MONDAY', 'from': '7pm', 'to': '21:00'}]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("availability[0].from"));
		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void thePageSavesTheWeekTableAndPresetsAndShowsThemBack() throws Exception {
		mvc.perform(form().param("week[3].from", "18:00") // Tuesday, first pair
			.param("week[3].to", "21:00")
			.param("presets", "SATURDAY_MORNINGS"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/profile"));
		assertThat(profiles.find(RunnerId.of(rosa.accountId())).orElseThrow().availability()).containsExactly(
				new AvailableTime(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)),
				new AvailableTime(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(13, 0)));

		String page = mvc.perform(get("/profile").with(as(rosa))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"week3.from\"").contains("value=\"18:00\"").contains("value=\"08:00\"")
			.contains("Saturday mornings (08:00 to 13:00)");
	}

	@Test
	void thePageShowsEachBadTimeNextToItsFieldAndSavesNothing() throws Exception {
		String page = mvc.perform(form().param("week[0].from", "21:00")
			.param("week[0].to", "18:00")
			.param("week[6].from", "09:00")
			.param("week[9].from", "10:00")
			.param("week[9].to", "12:00")
			.param("week[10].from", "11:00")
			.param("week[10].to", "13:00"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"week-0-to-error\"")
			.contains("Monday: 21:00 to 18:00 ends before it starts.")
			.contains("id=\"week-6-to-error\"")
			.contains("Wednesday: give the time you can stay until as well.")
			.contains("id=\"week-10-from-error\"")
			.contains("Thursday: this overlaps 10:00 to 12:00.");
		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	private MockHttpServletRequestBuilder form() {
		return post("/profile").with(csrf())
			.with(as(rosa))
			.param("trainingDaysPerWeek", "4")
			.param("level", "RECREATIONAL")
			.param("pressureTolerance", "FIRM")
			.param("monthlyBudget", "100")
			.param("preferredTherapistId", "");
	}

	private ResultActions putProfile(String availability) throws Exception {
		return mvc.perform(put("/api/v1/me/profile").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content(PROFILE.formatted(availability.replace('\'', '"'))));
	}

}
