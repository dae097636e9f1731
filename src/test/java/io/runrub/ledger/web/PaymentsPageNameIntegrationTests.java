package io.runrub.ledger.web;

import io.runrub.accounts.RunRubUser;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The runner's statement is reached from the menu's "Payments"; it was titled "Your account", next to the menu's
 * "Account" link, which is the sign-in settings. It now has the name the menu gives it.
 */
@RunRubIntegrationTest
class PaymentsPageNameIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Test
	void theStatementIsTitledAsItsMenuEntry() throws Exception {
		clinic.reset();
		clinic.open();
		RunRubUser rosa = clinic.runner("Rosa Runner");
		mvc.perform(get("/statement").with(user(rosa)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Payments"), containsString("<h1>Payments</h1>"),
					containsString("aria-current=\"page\">Payments</a>"), not(containsString("Your account")))));
	}

}
