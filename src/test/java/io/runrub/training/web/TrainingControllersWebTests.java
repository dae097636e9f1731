package io.runrub.training.web;

import java.time.LocalDate;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.shared.DomainException;
import io.runrub.training.feeds.FeedSubscriptions;
import io.runrub.training.TrainingCalendar;
import io.runrub.training.TrainingImports;
import io.runrub.training.TrainingLog;
import io.runrub.support.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error shapes of training's controllers, without a database: the API answers problem+json naming each bad field
 * or the refusal's stable type; the pages show every error next to its field, marked for screen readers.
 */
@WebMvcTest(controllers = { TrainingApiController.class, TrainingPageController.class })
@Import(WebSlice.class)
class TrainingControllersWebTests {

	static final RunRubUser RITA = new RunRubUser(7, "rita@example.com", "Rita", Role.RUNNER, "x");

	static final RunnerId RITAS = RunnerId.of(7);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TrainingCalendar calendar;

	@MockitoBean
	TrainingLog log;

	@MockitoBean
	TrainingImports imports;

	@MockitoBean
	FeedSubscriptions feeds;

	@BeforeEach
	void today() {
		given(calendar.today()).willReturn(LocalDate.of(2026, 3, 20));
	}

	@Test
	void anApiSessionWithBadFieldsNamesEachField() throws Exception {
		mvc.perform(post("/api/v1/me/training/sessions").with(user(RITA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2026-03-18", "status": "COMPLETED", "rpe": 12, "avgHeartRate": 300}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("rpe")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
			.andExpect(jsonPath("$.errors[?(@.field == 'rpe')].message").value(hasItem("RPE from 0 to 10.")))
			.andExpect(jsonPath("$.errors[?(@.field == 'avgHeartRate')].message")
				.value(hasItem("Heart rate from 20 to 250.")));
		verifyNoInteractions(log);
	}

	@Test
	void anApiRefusalHasItsStableTypeAndWords() throws Exception {
		given(log.addSession(eq(RITAS), any()))
			.willThrow(DomainException.refused("session-completed-in-future", "2026-03-28"));
		mvc.perform(post("/api/v1/me/training/sessions").with(user(RITA)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2026-03-28", "type": "EASY", "status": "COMPLETED"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/session-completed-in-future"))
			.andExpect(jsonPath("$.title").value("Completed in the future"))
			.andExpect(jsonPath("$.detail")
				.value("A session on 2026-03-28 cannot be completed yet. Save it as planned."));
	}

	@Test
	void anApiRangeTooLongIsRefusedWithItsType() throws Exception {
		mvc.perform(get("/api/v1/me/load?from=2020-01-01&to=2026-01-01").with(user(RITA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/training-range-too-long"))
			.andExpect(jsonPath("$.detail").value("'to' may be at most 800 days after 'from': ask for a shorter range."))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/me/training/sessions?from=2026-03-20&to=2026-03-01").with(user(RITA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/training-range-reversed"))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/me/training/sessions/41").with(user(RITA)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/session-not-found"))
			.andExpect(jsonPath("$.detail").value("There is no session 41 in your calendar."));
	}

	@Test
	void aSessionFormShowsEveryErrorAtOnceNextToItsField() throws Exception {
		mvc.perform(post("/training/sessions").with(user(RITA)).with(csrf())
			.param("date", "2026-03-18")
			.param("type", "EASY")
			.param("status", "COMPLETED")
			.param("durationMinutes", "-5")
			.param("distanceKm", "-1")
			.param("avgHeartRate", "300")
			.param("rpe", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"durationMinutes-error\" class=\"field-error\">Minutes cannot be negative."),
					containsString("id=\"distanceKm-error\" class=\"field-error\">Distance cannot be negative."),
					containsString("id=\"avgHeartRate-error\" class=\"field-error\">Heart rate from 20 to 250."),
					containsString("id=\"rpe-error\" class=\"field-error\">RPE from 0 to 10."),
					containsString("aria-describedby=\"rpe-error\""), containsString("aria-invalid=\"true\""),
					not(containsString("id=\"date-error\"")))));
		verifyNoInteractions(log);
	}

	@Test
	void datesAndTimesAreTypedAsTheClinicWritesThemInAnyBrowser() throws Exception {
		mvc.perform(post("/training/sessions").with(user(RITA)).with(csrf())
			.param("date", "21/03/2026")
			.param("startTime", "18:30")
			.param("type", "EASY")
			.param("status", "PLANNED")
			.param("durationMinutes", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"date-error\"")),
					not(containsString("id=\"startTime-error\"")),
					// a text field (a date field would show the browser's locale), its format said under the label
					containsString("<p id=\"date-format\" class=\"hint\">Day/month/year, for example 21/03/2026</p>"),
					not(containsString("type=\"date\"")), not(containsString("type=\"time\"")),
					containsString("placeholder=\"dd/mm/yyyy\" autocomplete=\"off\" aria-describedby=\"date-format\""),
					containsString("value=\"21/03/2026\""), containsString("value=\"18:30\""),
					containsString("aria-describedby=\"durationMinutes-error\""))))
			// each field once: "fields :: select(…)" and "input(…)" used to match the fragment's own <select> and
			// <input> too, so the form sent every such field twice
			.andExpect(result -> org.assertj.core.api.Assertions
				.assertThat(result.getResponse().getContentAsString().split("name=\"(type|status|startTime)\"", -1))
				.hasSize(4));
		verifyNoInteractions(log);
	}

	@Test
	void aRefusalOfTheLogShowsNextToTheFieldItIsAbout() throws Exception {
		given(log.addSession(eq(RITAS), any()))
			.willThrow(DomainException.refused("session-completed-in-future", "2026-03-28"));
		mvc.perform(post("/training/sessions").with(user(RITA)).with(csrf())
			.param("date", "2026-03-28")
			.param("type", "EASY")
			.param("status", "COMPLETED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"status-error\" class=\"field-error\">A session on 2026-03-28 cannot be completed yet.")));
	}

	@Test
	void aRaceFormShowsItsErrorsNextToItsFields() throws Exception {
		mvc.perform(post("/training/races").with(user(RITA)).with(csrf())
			.param("date", "2026-06-07")
			.param("name", " ")
			.param("distanceKm", "-1")
			.param("priority", "A"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"name-error\" class=\"field-error\">Give the race a name."),
					containsString("id=\"distanceKm-error\" class=\"field-error\">Distance cannot be negative."))));
		verifyNoInteractions(log);
	}

	@Test
	void valuesOfTheWrongKindAreNamedInWordsFromMessages() throws Exception {
		mvc.perform(post("/training/races").with(user(RITA)).with(csrf())
			.param("date", "someday")
			.param("name", "10K")
			.param("distanceKm", "ten")
			.param("priority", "A"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"date-error\" class=\"field-error\">Enter the date as day/month/year, for example 14/03/2026."),
					containsString("id=\"distanceKm-error\" class=\"field-error\">Enter the distance as a number"))));
		mvc.perform(post("/training/sessions").with(user(RITA)).with(csrf())
			.param("date", "2026-03-18")
			.param("type", "EASY")
			.param("status", "COMPLETED")
			.param("durationMinutes", "an hour"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"durationMinutes-error\" class=\"field-error\">Enter the minutes as a whole number")));
		verifyNoInteractions(log);
	}

	@Test
	void aFeedThatCannotBeReadIsWordedOnThePage() throws Exception {
		given(feeds.subscribe(eq(RITAS), any())).willThrow(DomainException.refused("feed-host-unknown", "nowhere.test"));
		mvc.perform(post("/training/feeds").with(user(RITA)).with(csrf()).param("url", "https://nowhere.test/x.ics"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "The feed's host nowhere.test could not be found."));
	}

}
