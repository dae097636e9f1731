package io.runrub;

import java.nio.charset.StandardCharsets;

import io.runrub.accounts.RunRubUser;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import io.runrub.support.VisibleText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new runner's pages say what to do next, and never claim what is not so: no plan is not "everything booked", and
 * no training is not an empty chart.
 */
@RunRubIntegrationTest
class EmptyStatesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Test
	void aRunnerWithNoPlanIsToldToMakeOneNotThatEverythingIsBooked() throws Exception {
		RunRubUser nora = clinic.runner("Nora");

		String page = VisibleText.of(page("/plan/book", nora));

		assertThat(page).doesNotContain("Everything in your plan is booked already")
			.doesNotContain("RunRub found these times")
			.contains("You have no plan yet")
			.contains("Make my plan");
	}

	@Test
	void aRunnerWithNoTrainingIsAskedToImportFirstInsteadOfShownABlankChart() throws Exception {
		RunRubUser nora = clinic.runner("Nora");

		String page = page("/training", nora);

		assertThat(page).doesNotContain("id=\"load-chart\"").contains("id=\"training-empty\"");
		assertThat(VisibleText.of(page)).contains("No training yet").contains("Import your runs");
		assertThat(page).contains("href=\"#import-form\"").contains("id=\"import-form\"");
	}

	private String page(String path, RunRubUser user) throws Exception {
		return mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor as(RunRubUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
