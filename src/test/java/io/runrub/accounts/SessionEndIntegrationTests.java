package io.runrub.accounts;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.SessionCookie;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions end at once when their account is disabled or its password is changed elsewhere; the session that made
 * the change goes on. Every role can change its password, on the page and through the API, under the policy.
 */
@RunRubIntegrationTest
class SessionEndIntegrationTests {

	static final String NEW_PASSWORD = "hill-repeats-in-the-fog";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void reset() {
		clinic.reset();
		clinic.open();
	}

	@Test
	void aDeactivatedTherapistsOpenSessionStopsWorkingOnTheNextRequest() throws Exception {
		TherapistView mike = clinic.therapist("Mike").offering(Modality.SPORTS).create();
		SessionCookie session = logIn(email(mike.accountId()), PASSWORD);
		mvc.perform(get("/therapist/day").with(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/appointments").with(session)).andExpect(status().isOk());

		administration.updateTherapist(mike.id(), mike.name(), mike.bio(), mike.modalities(), false);

		mvc.perform(get("/therapist/day").with(session).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
		SessionCookie again = logInFails(email(mike.accountId()));
		mvc.perform(get("/api/v1/appointments").with(again)).andExpect(status().isUnauthorized());
	}

	@Test
	void changingThePasswordThroughTheApiEndsTheOtherSessionsButNotThisOne() throws Exception {
		RunRubUser rosa = clinic.runner("Rosa");
		SessionCookie laptop = logIn(rosa.email(), PASSWORD);
		SessionCookie phone = logIn(rosa.email(), PASSWORD);

		mvc.perform(post("/api/v1/me/password").with(laptop)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"current\": \"%s\", \"new\": \"%s\"}".formatted(PASSWORD, NEW_PASSWORD)))
			.andExpect(status().isNoContent())
			.andDo(laptop);

		mvc.perform(get("/api/v1/appointments").with(laptop)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/appointments").with(phone)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), NEW_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void aTherapistChangesTheirPasswordOnTheAccountPage() throws Exception {
		TherapistView mike = clinic.therapist("Mike").offering(Modality.SPORTS).create();
		String email = email(mike.accountId());
		SessionCookie session = logIn(email, PASSWORD);
		SessionCookie other = logIn(email, PASSWORD);
		mvc.perform(get("/account").with(session)).andExpect(status().isOk());

		mvc.perform(post("/account/password").with(session)
			.with(csrf())
			.param("current", PASSWORD)
			.param("newPassword", NEW_PASSWORD)).andExpect(redirectedUrl("/account")).andDo(session);

		mvc.perform(get("/therapist/day").with(session)).andExpect(status().isOk());
		mvc.perform(get("/therapist/day").with(other).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aWeakOrWrongPasswordChangeIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		RunRubUser rosa = clinic.runner("Rosa");
		String hash = hash(rosa);
		change(rosa, PASSWORD, "password").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("new"))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/password-too-short"));
		change(rosa, PASSWORD, "password1234").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/password-guessable"));
		change(rosa, PASSWORD, rosa.email()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/password-personal"));
		change(rosa, PASSWORD, "x".repeat(100)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/password-too-long"))
			.andExpect(jsonPath("$.detail").value(
					"A password can be at most 72 bytes long: about 72 plain letters, fewer with accents or emoji."));
		change(rosa, "not-the-current-one", NEW_PASSWORD).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/password-current-wrong"));
		assertThat(hash(rosa)).isEqualTo(hash);
	}

	@Test
	void signingUpWithAWeakOrOverlongPasswordIsA400OnThePasswordAndCreatesNothing() throws Exception {
		for (String password : new String[] { "12345678", "password1234", "kip@example.org", "é".repeat(40),
				"x".repeat(100) }) {
			mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\": \"kip@example.org\", \"password\": \"%s\", \"name\": \"Kip\"}".formatted(password)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("password"));
		}
		assertThat(jdbc.sql("select count(*) from account where email = 'kip@example.org'").query(Long.class).single())
			.isZero();
	}

	private org.springframework.test.web.servlet.ResultActions change(RunRubUser user, String current, String next)
			throws Exception {
		return mvc.perform(post("/api/v1/me/password").with(httpBasic(user.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"current\": \"%s\", \"new\": \"%s\"}".formatted(current, next)));
	}

	private SessionCookie logIn(String email, String password) throws Exception {
		return SessionCookie.from(mvc
			.perform(post("/login").with(csrf()).param("username", email).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn());
	}

	private SessionCookie logInFails(String email) throws Exception {
		return SessionCookie.from(mvc
			.perform(post("/login").with(csrf()).param("username", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn());
	}

	private String email(AccountId account) {
		return jdbc.sql("select email from account where id = :id").param("id", account.value())
			.query(String.class)
			.single();
	}

	private String hash(RunRubUser user) {
		return jdbc.sql("select password_hash from account where id = :id").param("id", user.accountId())
			.query(String.class)
			.single();
	}

}
