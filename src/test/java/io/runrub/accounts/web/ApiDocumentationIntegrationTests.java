package io.runrub.accounts.web;

import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published OpenAPI description lists what a client sends: the signed-in person ({@code Actor}) comes from the
 * credentials, so it must never appear as a parameter a client would have to fill in.
 */
@RunRubIntegrationTest
class ApiDocumentationIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void theSignedInPersonIsNotDocumentedAsARequestParameter() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(docs).contains("/api/v1/me/plan").doesNotContain("\"name\":\"actor\"")
			.doesNotContain("#/components/schemas/Actor");
	}

}
