package io.runrub.accounts;

import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.SessionCookie;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens (made, listed, used as Bearer with the account's role, revoked at once, stored hashed), and the
 * API safe from other sites: a write that rides on the session cookie from another site is refused and changes
 * nothing; the same write with a Bearer token goes through.
 */
@RunRubIntegrationTest
class ApiTokensAndCrossSiteIntegrationTests {

	static final String EVIL = "https://evil.runrub.io";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rosa;

	@BeforeEach
	void reset() {
		clinic.reset();
		clinic.open();
		rosa = clinic.runner("Rosa");
	}

	static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	static RequestPostProcessor origin(String origin) {
		return request -> {
			request.addHeader(HttpHeaders.ORIGIN, origin);
			return request;
		};
	}

	@Test
	void aTokenIsShownOnceStoredHashedActsWithTheAccountsRoleAndStopsWorkingWhenRevoked() throws Exception {
		String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(rosa.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Watch sync\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Watch sync"))
			.andExpect(jsonPath("$.token").value(startsWith("rr_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		assertThat(token).hasSizeGreaterThanOrEqualTo(46);

		mvc.perform(get("/api/v1/me/tokens").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("Watch sync"))
			.andExpect(jsonPath("$[0].token").doesNotExist());
		assertThat(jdbc.sql("select token_hash from api_token where id = :id").param("id", id)
			.query(String.class)
			.single()).isEqualTo(ApiTokens.hash(token)).doesNotContain(token);

		mvc.perform(get("/api/v1/appointments").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/admin/therapists").with(bearer(token))).andExpect(status().isForbidden());

		mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(bearer(token))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/appointments").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void someoneElsesTokenCannotBeRevokedAndAnUnknownTokenIsA401() throws Exception {
		RunRubUser sam = clinic.runner("Sam");
		String token = JsonPath.read(createToken(sam, "sam's"), "$.token");
		long id = ((Number) JsonPath.read(createToken(sam, "other"), "$.id")).longValue();

		mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/appointments").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/appointments").with(bearer("rr_made-up"))).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenOfADisabledAccountStopsWorking() throws Exception {
		String token = JsonPath.read(createToken(rosa, "script"), "$.token");
		jdbc.sql("update account set enabled = false where id = :id").param("id", rosa.accountId()).update();
		mvc.perform(get("/api/v1/appointments").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	@Test
	void aCrossSiteWriteOnTheSessionCookieIsRefusedAndChangesNothingWhileTheSameWithABearerTokenWorks()
			throws Exception {
		SessionCookie session = logIn(rosa);
		String name = "{\"name\": \"planted by another site\"}";

		mvc.perform(post("/api/v1/me/tokens").with(session)
			.with(origin(EVIL))
			.contentType(MediaType.APPLICATION_JSON)
			.content(name))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/cross-site-request"));
		mvc.perform(post("/api/v1/me/tokens").with(session).with(request -> {
			request.addHeader("Sec-Fetch-Site", "same-site");
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content(name)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/me/password").with(session)
			.with(origin("null"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"current\": \"%s\", \"new\": \"hill-repeats-in-the-fog\"}".formatted(PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(tokens()).isZero();
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD))).andExpect(status().isOk());

		String token = JsonPath.read(createToken(rosa, "mine"), "$.token");
		mvc.perform(post("/api/v1/me/tokens").with(bearer(token))
			.with(origin(EVIL))
			.contentType(MediaType.APPLICATION_JSON)
			.content(name)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/me/tokens").with(session)
			.with(origin(EVIL))
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"with the token\"}")).andExpect(status().isCreated());
	}

	@Test
	void aSameOriginWriteOnTheSessionGoesThrough() throws Exception {
		SessionCookie session = logIn(rosa);
		mvc.perform(post("/api/v1/me/tokens").with(session)
			.with(origin("http://localhost"))
			.with(request -> {
				request.addHeader("Sec-Fetch-Site", "same-origin");
				return request;
			})
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"from the page\"}")).andExpect(status().isCreated());
	}

	@Test
	void aTokenIsMadeAndRevokedOnTheAccountPageAndABadNameChangesNothing() throws Exception {
		SessionCookie session = logIn(rosa);
		mvc.perform(post("/account/tokens").with(session).with(csrf()).param("name", "Laptop"))
			.andExpect(redirectedUrl("/account"));
		String page = mvc.perform(get("/account").with(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Laptop");
		long id = jdbc.sql("select id from api_token").query(Long.class).single();

		String refused = mvc.perform(post("/account/tokens").with(session).with(csrf()).param("name", "  "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"name-error\"").contains("Name the token in 1 to 100 characters");
		assertThat(tokens()).isOne();

		mvc.perform(post("/account/tokens/{id}/revoke", id).with(session).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		assertThat(tokens()).isZero();
	}

	private String createToken(RunRubUser user, String name) throws Exception {
		return mvc.perform(post("/api/v1/me/tokens").with(httpBasic(user.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"%s\"}".formatted(name)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long tokens() {
		return jdbc.sql("select count(*) from api_token").query(Long.class).single();
	}

	private SessionCookie logIn(RunRubUser user) throws Exception {
		return SessionCookie.from(mvc
			.perform(post("/login").with(csrf()).param("username", user.email()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn());
	}

}
