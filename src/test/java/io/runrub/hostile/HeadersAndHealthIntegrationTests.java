package io.runrub.hostile;

import io.runrub.support.RunRubIntegrationTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Safe start and honest health (issue 10, finding 10): security headers, probes, and no demo data outside demo mode. */
@RunRubIntegrationTest
class HeadersAndHealthIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void pagesCarryACspWithoutInlineCodeAReferrerPolicyAndAPermissionsPolicy() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void httpsAnswersCarryHsts() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void noPageHasAnInlineScriptOrStyle() throws Exception {
		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).doesNotContain("<style").doesNotContain("style=\"").doesNotContainPattern("<script(?![^>]*src=)");
		assertThat(login).contains("includeIndicatorStyles");
	}

	@Test
	void livenessAndReadinessAnswerWithoutLoginAndReadinessWritesTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		assertThat(context.containsBean("writableDatabase")).isTrue();
	}

	@Test
	void outsideDemoModeNothingIsSeededAndTheLoginPageShowsNoDemoNotice() throws Exception {
		assertThat(context.getBeanNamesForType(io.runrub.accounts.DemoAccounts.class)).isEmpty();
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(not(containsString("demo mode"))));
	}

}
