package io.runrub.accounts;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.runrub.support.FixedClock;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forgotten passwords: asking never reveals whether an email has an account; the link goes out through the outbox,
 * works once, for an hour, only for a password the policy accepts; only a hash of it is stored.
 */
@RunRubIntegrationTest
class PasswordResetIntegrationTests {

	static final String NEW_PASSWORD = "hill-repeats-in-the-fog";

	static final Pattern LINK = Pattern.compile("/password-reset/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rosa;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rosa = clinic.runner("Rosa");
	}

	@Test
	void askingAnswersTheSameForAnAccountAndForNoAccountAndOnlyTheAccountGetsALink() throws Exception {
		ask(rosa.email().toUpperCase()).andExpect(status().isAccepted()).andExpect(content().string(""));
		ask("nobody@test.runrub.io").andExpect(status().isAccepted()).andExpect(content().string(""));

		assertThat(jdbc.sql("select recipient from outbox_message where kind = 'PASSWORD_RESET'")
			.query(String.class)
			.list()).containsExactly(rosa.email());
		String token = token();
		assertThat(jdbc.sql("select token_hash from password_reset").query(String.class).single())
			.as("only a hash is stored")
			.isNotEqualTo(token)
			.hasSize(64);
	}

	@Test
	void theLinkSetsANewPasswordOnceAndTheOldPasswordStopsWorking() throws Exception {
		ask(rosa.email());
		String token = token();

		choose(token, NEW_PASSWORD).andExpect(status().isNoContent());
		choose(token, "another-long-passphrase-42").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/password-reset-invalid"));

		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), NEW_PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void theLinkExpiresAfterAnHour() throws Exception {
		ask(rosa.email());
		String token = token();
		// as if it had been asked for an hour ago
		jdbc.sql("update password_reset set created_at = :asked, expires_at = :now")
			.param("asked", FixedClock.NOW.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
			.param("now", FixedClock.NOW.atOffset(ZoneOffset.UTC))
			.update();

		choose(token, NEW_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/password-reset-invalid"));
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aPasswordThePolicyRefusesIsA400NamingTheFieldAndLeavesTheLinkUsable() throws Exception {
		ask(rosa.email());
		String token = token();

		choose(token, "rosa-rosa-rosa").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		choose(token, "short").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));

		choose(token, NEW_PASSWORD).andExpect(status().isNoContent());
	}

	@Test
	void aWrongTokenChangesNothing() throws Exception {
		choose("x".repeat(43), NEW_PASSWORD).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void askingAgainAtOnceSendsNoSecondMessage() throws Exception {
		ask(rosa.email());
		ask(rosa.email());
		ask(rosa.email());

		assertThat(jdbc.sql("select count(*) from outbox_message where kind = 'PASSWORD_RESET'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePagesLeadFromTheLoginPageToANewPassword() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(org.hamcrest.Matchers.containsString("/password-reset")));
		mvc.perform(post("/password-reset").with(csrf()).param("email", rosa.email()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("a link to choose a new password is on its way")));
		String token = token();
		mvc.perform(get("/password-reset/" + token)).andExpect(status().isOk());
		mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("at least 10 characters")));
		mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?reset"));
		mvc.perform(post("/password-reset/" + token).with(csrf()).param("password", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("has been used, has expired")));
	}

	private org.springframework.test.web.servlet.ResultActions ask(String email) throws Exception {
		return mvc.perform(post("/api/v1/accounts/password-reset").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\"}".formatted(email)));
	}

	private org.springframework.test.web.servlet.ResultActions choose(String token, String password)
			throws Exception {
		return mvc.perform(post("/api/v1/accounts/password-reset/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"%s\"}".formatted(password)));
	}

	private String token() {
		String text = jdbc.sql("select body_text from outbox_message where kind = 'PASSWORD_RESET'")
			.query(String.class)
			.single();
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a link in: " + text).isTrue();
		return matcher.group(1);
	}

}
