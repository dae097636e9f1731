package io.runrub.clinic;

import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A therapist who leaves the clinic (made inactive) can no longer log in, and can again when made active. */
@RunRubIntegrationTest
class TherapistDeactivationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void reset() {
		clinic.reset();
		clinic.open();
	}

	@Test
	void anInactiveTherapistCannotLogIn() throws Exception {
		TherapistView mike = clinic.therapist("Mike").offering(Modality.SPORTS).create();
		String email = jdbc.sql("select email from account where id = :id")
			.param("id", mike.accountId().value())
			.query(String.class)
			.single();
		mvc.perform(get("/api/v1/appointments").with(httpBasic(email, PASSWORD))).andExpect(status().isOk());

		administration.updateTherapist(mike.id(), mike.name(), mike.bio(), mike.modalities(), false);
		mvc.perform(get("/api/v1/appointments").with(httpBasic(email, PASSWORD)))
			.andExpect(status().isUnauthorized());

		administration.updateTherapist(mike.id(), mike.name(), mike.bio(), mike.modalities(), true);
		mvc.perform(get("/api/v1/appointments").with(httpBasic(email, PASSWORD))).andExpect(status().isOk());
	}

}
