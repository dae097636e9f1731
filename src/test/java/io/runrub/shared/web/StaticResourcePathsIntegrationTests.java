package io.runrub.shared.web;

import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are served from their own paths, so the links a page builds are not looked up as files: only
 * {@code /css/**} and {@code /webjars/**} are resource paths, and what the templates link to is still served.
 */
@RunRubIntegrationTest
class StaticResourcePathsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resources;

	@Test
	void onlyStaticFoldersAreResourcePathsSoPageLinksAreNotLookedUpAsFiles() throws Exception {
		assertThat(resources.getHandlerMap().keySet()).contains("/css/**", "/webjars/**").doesNotContain("/**");
		assertThat(resources.getForLookupPath("/training/sessions/new")).as("a page link is not a resource").isNull();
		assertThat(resources.getForLookupPath("/css/runrub.css")).isEqualTo("/css/runrub.css");
	}

	@Test
	void theStylesheetAndHtmxAreStillServed() throws Exception {
		mvc.perform(get("/css/runrub.css")).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css"));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

}
