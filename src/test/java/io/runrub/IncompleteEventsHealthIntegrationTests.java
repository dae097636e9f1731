package io.runrub;

import io.runrub.accounts.RunRubUser;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An operator sees how many cross-module events have not been handled; anyone else sees only whether RunRub is up. */
@RunRubIntegrationTest
class IncompleteEventsHealthIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void oneEventWhoseListenerFailed() {
		clinic.reset();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
				values (random_uuid(), 'io.runrub.planner.Replanning.on(io.runrub.training.TrainingChanged)',
				  'io.runrub.training.TrainingChanged', '{}', current_timestamp, 'FAILED')""").update();
	}

	@Test
	void anAdminSeesTheCountOfIncompletePublications() throws Exception {
		RunRubUser admin = clinic.admin();
		mvc.perform(get("/actuator/health").with(httpBasic(admin.email(), TestClinic.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("UP")))
			.andExpect(jsonPath("$.components.incompleteEvents.details.incomplete", is(1)));
	}

	@Test
	void anonymousCallersSeeJustTheStatus() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("UP")))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

}
