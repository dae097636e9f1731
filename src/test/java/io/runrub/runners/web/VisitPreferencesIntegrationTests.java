package io.runrub.runners.web;

import java.util.EnumSet;
import java.util.Set;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.VisitPreferences;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.as;
import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 15: what the runner wants from a visit, their preferred types and length, and therapists to avoid. */
@RunRubIntegrationTest
class VisitPreferencesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRegistration registration;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	ProfileKeeping profiles;

	RunRubUser rosa;

	TherapistView john;

	TherapistView mike;

	@BeforeEach
	void setUp() {
		var account = registration.signUpRunner(unique("rosa") + "@example.test", "correct-horse-7", "Rosa");
		rosa = new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
		john = administration.createTherapist("John", unique("john") + "@example.test", "correct-horse-7", "",
				EnumSet.of(Modality.SPORTS));
		mike = administration.createTherapist("Mike", unique("mike") + "@example.test", "correct-horse-7", "",
				EnumSet.of(Modality.SPORTS));
	}

	private String body(String extra) {
		return """
				{"trainingDaysPerWeek": 4, "level": "RECREATIONAL", "pressureTolerance": "FIRM",
				 "monthlyBudgetCents": 13000%s}""".formatted(extra);
	}

	@Test
	void whatTheRunnerWantsFromAVisitIsSavedAndReadBack() throws Exception {
		mvc.perform(put("/api/v1/me/profile").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"wants\": [\"TALK_RUNNING\", \"TECHNIQUE\"], \"preferredModalities\": [\"SPORTS\"], \"preferredMinutes\": 30, \"avoidTherapistIds\": [%d]".formatted(mike.id().value()))))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/me/profile").with(as(rosa)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.wants.length()").value(2))
			.andExpect(jsonPath("$.preferredModalities[0]").value("SPORTS"))
			.andExpect(jsonPath("$.preferredMinutes").value(30))
			.andExpect(jsonPath("$.avoidTherapistIds[0]").value(mike.id().value()));
		assertThat(profiles.find(RunnerId.of(rosa.accountId())).map(RunnerProfile::visit))
			.contains(new VisitPreferences(EnumSet.of(VisitWish.TALK_RUNNING, VisitWish.TECHNIQUE),
					EnumSet.of(Modality.SPORTS), 30, Set.of(mike.id())));
	}

	@Test
	void aLengthOtherThan30Or60IsRefusedNamingItAndChangesNothing() throws Exception {
		mvc.perform(put("/api/v1/me/profile").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"preferredMinutes\": 45")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/preferred-minutes-invalid"))
			.andExpect(jsonPath("$.detail").value(containsString("session length of 30 or 60 minutes")));
		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void theTherapistYouPreferCannotAlsoBeOneYouAvoidNorCanAnUnknownOne() throws Exception {
		mvc.perform(put("/api/v1/me/profile").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"preferredTherapistId\": %d, \"avoidTherapistIds\": [%d]"
				.formatted(john.id().value(), john.id().value()))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/avoided-therapist-preferred"));
		mvc.perform(put("/api/v1/me/profile").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"avoidTherapistIds\": [999999]")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/avoided-therapist-unknown"));
		mvc.perform(put("/api/v1/me/profile").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(", \"wants\": [\"GOSSIP\"]")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("wants")));
		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void theProfilePageSavesWhatTheRunnerWantsAndShowsItTicked() throws Exception {
		mvc.perform(post("/profile").with(csrf())
			.with(as(rosa))
			.param("trainingDaysPerWeek", "4")
			.param("level", "RECREATIONAL")
			.param("pressureTolerance", "FIRM")
			.param("monthlyBudget", "130.00")
			.param("wants", "TRAINING_PROGRAMME")
			.param("preferredModalities", "SPORTS")
			.param("preferredMinutes", "60")
			.param("avoidTherapistIds", String.valueOf(john.id().value())))
			.andExpect(status().is3xxRedirection());
		assertThat(profiles.find(RunnerId.of(rosa.accountId())).map(RunnerProfile::visit))
			.contains(new VisitPreferences(EnumSet.of(VisitWish.TRAINING_PROGRAMME), EnumSet.of(Modality.SPORTS), 60,
					Set.of(john.id())));
		String page = mvc.perform(get("/profile").with(as(rosa))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("What you want from a visit")
			.contains("Help with my training programme")
			.containsPattern("value=\"TRAINING_PROGRAMME\"[^>]*checked")
			.containsPattern("value=\"" + john.id().value() + "\"[^>]*checked");
	}

}
