package io.runrub.clinic;

import io.runrub.accounts.RunRubUser;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The clinic's phone and email: set by admins on a page and through the API, shown in every page's footer. */
@RunRubIntegrationTest
class ClinicContactIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	ClinicContacts contacts;

	RunRubUser admin;

	RunRubUser rosa;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		admin = clinic.admin();
		rosa = clinic.runner("Rosa");
	}

	@Test
	void adminsSetThePhoneAndEmailThroughTheApiAndEveryPageFooterShowsThem() throws Exception {
		mvc.perform(put("/api/v1/admin/clinic/contact").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\": \" +44 20 7946 0000 \", \"email\": \"hello@stride.example\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phone").value("+44 20 7946 0000"));

		mvc.perform(get("/api/v1/admin/clinic/contact").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(jsonPath("$.email").value("hello@stride.example"));
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("Phone: +44 20 7946 0000")))
			.andExpect(content().string(containsString("mailto:hello@stride.example")));
	}

	@Test
	void aPhoneOrEmailThatCannotBeOneIsA400NamingTheFieldAndChangesNothing() throws Exception {
		contacts.update(new ClinicContact("020 7946 0000", ""));

		mvc.perform(put("/api/v1/admin/clinic/contact").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\": \"call us\", \"email\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		mvc.perform(put("/api/v1/admin/clinic/contact").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\": \"\", \"email\": \"not-an-address\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));

		assertThat(contacts.contact()).isEqualTo(new ClinicContact("020 7946 0000", ""));
	}

	@Test
	void onlyAdminsSetThem() throws Exception {
		mvc.perform(put("/api/v1/admin/clinic/contact").with(httpBasic(rosa.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\": \"020 7946 0000\", \"email\": \"\"}"))
			.andExpect(status().isForbidden());
		assertThat(contacts.contact()).isEqualTo(ClinicContact.NONE);
	}

	@Test
	void theContactPageSavesAndShowsAnErrorNextToItsField() throws Exception {
		mvc.perform(post("/admin/contact").with(csrf()).with(httpBasic(admin.email(), PASSWORD))
			.param("phone", "020 7946 0000")
			.param("email", "nope"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the email address as name@example.com.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(contacts.contact()).isEqualTo(ClinicContact.NONE);

		mvc.perform(post("/admin/contact").with(csrf()).with(httpBasic(admin.email(), PASSWORD))
			.param("phone", "020 7946 0000")
			.param("email", "hello@stride.example"))
			.andExpect(redirectedUrl("/admin/contact"));
		assertThat(contacts.contact()).isEqualTo(new ClinicContact("020 7946 0000", "hello@stride.example"));
		mvc.perform(get("/admin").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(content().string(containsString("/admin/contact")))
			.andExpect(content().string(not(containsString("Phone: call"))));
	}

}
