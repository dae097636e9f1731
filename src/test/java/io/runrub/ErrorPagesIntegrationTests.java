package io.runrub;

import io.runrub.accounts.RunRubUser;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person in a browser who reaches something they may not see, or that is not there, gets a page; an API client
 * gets problem details with a stable type — never the other way round, never the framework's default JSON.
 */
@RunRubIntegrationTest
class ErrorPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	RunRubUser rosa;

	@BeforeEach
	void aRunner() {
		clinic.reset();
		clinic.open();
		rosa = clinic.runner("Rosa");
	}

	@Test
	void aRunnerOpeningAnAdminPageSeesTheErrorPageNotJson() throws Exception {
		mvc.perform(get("/admin").with(user(rosa)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			// the container renders the error page for a sendError; MockMvc shows it as a forward to /error
			.andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getErrorMessage())
				.isNotNull())
			.andExpect(content().string(not(containsString("\"detail\""))));
	}

	@Test
	void aRunnerCallingAnAdminEndpointGetsAForbiddenProblemWithAType() throws Exception {
		mvc.perform(get("/api/v1/admin/access-log").with(user(rosa)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/forbidden"));
	}

	@Test
	void anUnknownApiPathIsAProblemNotTheFrameworksDefault() throws Exception {
		mvc.perform(get("/api/v1/nothing-here").with(user(rosa)).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/unknown-path"))
			.andExpect(jsonPath("$.timestamp").doesNotExist());
	}

	@Test
	void aMethodAnApiPathDoesNotTakeIsAProblem() throws Exception {
		mvc.perform(delete("/api/v1/services").with(user(rosa)).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/method-not-allowed"));
	}

	@Test
	void anUnknownPageIsTheErrorPage() throws Exception {
		mvc.perform(get("/nothing-here").with(user(rosa)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("There is nothing at this address.")));
	}

}
