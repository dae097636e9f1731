package io.runrub.waitlist.web;

import java.time.DayOfWeek;

import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.MassageService;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every date field says "Day/month/year, for example 21/03/2026" under its label. The waitlist and the reports' range
 * showed their dates as 2026-03-20 and refused 24/03/2026 typed as the hint says: each now shows the clinic's format
 * and reads it (ISO still works, for links). The clock is Friday 20 March 2026. (The desk's booking form: desk2.)
 */
@RunRubIntegrationTest
class ClinicDateFormatFormsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor admin;

	RequestPostProcessor rita;

	MassageService sports;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		clinic.therapist("John").offering(Modality.SPORTS).hours(DayOfWeek.TUESDAY, "09:00-13:00", "14:00-17:00").create();
		sports = clinic.service("Sports massage", Modality.SPORTS, 60).create();
		admin = as(clinic.admin());
		rita = as(clinic.runner("Rita Runner"));
	}

	@Test
	void theWaitlistShowsAndReadsDaysAsTheHintSays() throws Exception {
		mvc.perform(get("/waitlist").with(rita))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"20/03/2026\""), not(containsString("value=\"2026-03-20\"")))));

		mvc.perform(post("/waitlist").with(rita)
			.with(csrf())
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("from", "24/03/2026")
			.param("to", "31/03/2026")
			.param("day", "TUESDAY")
			.param("timeFrom", "9:00")
			.param("timeTo", "12:00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/waitlist"));
		assertThat(jdbc.sql("select count(*) from waitlist_entry").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theReportsRangeIsShownAndReadAsTheHintSays() throws Exception {
		mvc.perform(get("/admin/reports").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"20/03/2026\""), not(containsString("value=\"2026-03-20\"")))));
		mvc.perform(get("/admin/reports").param("from", "02/03/2026").param("to", "20/03/2026").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"utilisation\""), not(containsString("field-error")))));
	}

	private static RequestPostProcessor as(RunRubUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
