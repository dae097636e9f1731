package io.runrub.clinic.web;

import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.VisitWish;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 15: what each therapist offers beyond modalities, set by the admin, read by runners. */
@RunRubIntegrationTest
class TherapistOffersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	ClinicCatalog catalog;

	RunRubUser admin;

	RunRubUser runner;

	TherapistView john;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		admin = clinic.admin();
		runner = clinic.runner("Rosa");
		john = clinic.therapist("John").monToSat("09:00-17:00").create();
	}

	@Test
	void theAdminSaysJohnTalksRunningAndRunnersSeeIt() throws Exception {
		mvc.perform(put("/api/v1/admin/therapists/{id}", john.id().value()).with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "John", "bio": "Keen runner.", "modalities": ["SPORTS"], "offers": ["TALK_RUNNING"]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers[0]").value("TALK_RUNNING"));
		assertThat(catalog.therapist(john.id()).offers()).containsExactly(VisitWish.TALK_RUNNING);

		mvc.perform(get("/api/v1/therapists").with(httpBasic(runner.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("John"))
			.andExpect(jsonPath("$[0].offers[0]").value("TALK_RUNNING"));
	}

	@Test
	void anUpdateWithoutOffersKeepsThemAndAnUnknownOfferIsRefusedNamingTheField() throws Exception {
		mvc.perform(put("/api/v1/admin/therapists/{id}", john.id().value()).with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "John", "modalities": ["SPORTS"], "offers": ["TECHNIQUE"]}"""))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/admin/therapists/{id}", john.id().value()).with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "John", "modalities": ["SPORTS"]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers[0]").value("TECHNIQUE"));
		mvc.perform(put("/api/v1/admin/therapists/{id}", john.id().value()).with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "John", "modalities": ["SPORTS"], "offers": ["GOSSIP"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("offers")));
		assertThat(catalog.therapist(john.id()).offers()).containsExactly(VisitWish.TECHNIQUE);
	}

	@Test
	void theAdminPageSavesOffersAndTheBookingPageShowsThemWithTheBio() throws Exception {
		mvc.perform(post("/admin/therapists/{id}", john.id().value()).with(httpBasic(admin.email(), PASSWORD))
			.with(csrf())
			.param("name", "John")
			.param("bio", "Keen runner.")
			.param("modalities", "SPORTS")
			.param("active", "true")
			.param("offers", "TRAINING_PROGRAMME", "TECHNIQUE"))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.therapist(john.id()).offers()).isEqualTo(Set.of(VisitWish.TRAINING_PROGRAMME,
				VisitWish.TECHNIQUE));
		mvc.perform(get("/admin/therapists/{id}", john.id().value()).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(content().string(containsString("Offers beyond the massage")));
		mvc.perform(get("/admin/therapists").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(content().string(containsString("Helps with training programmes")));
		long service = clinic.service("Sports massage", io.runrub.shared.Modality.SPORTS, 60).create().id().value();
		mvc.perform(get("/book").param("serviceId", String.valueOf(service)).with(httpBasic(runner.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keen runner.")))
			.andExpect(content().string(containsString("Helps with running technique")));
	}

}
