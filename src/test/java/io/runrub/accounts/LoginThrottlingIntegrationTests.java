package io.runrub.accounts;

import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed logins are logged and throttled per email and per address, in the database: after 50 wrong passwords the
 * right one is refused too, the log names each failure (never the password), and another account is unaffected.
 */
@RunRubIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingIntegrationTests {

	static final String WRONG = "not-my-password-at-all";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void reset() {
		clinic.reset();
		jdbc.sql("delete from login_failure").update();
		clinic.open();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void fiftyWrongLoginsLockTheAccountEvenForTheRightPasswordAndAreLoggedWithoutThePassword(CapturedOutput output)
			throws Exception {
		RunRubUser rosa = clinic.runner("Rosa");
		RunRubUser sam = clinic.runner("Sam");
		for (int i = 0; i < 25; i++) {
			mvc.perform(post("/login").with(csrf()).with(from("203.0.113.7"))
				.param("username", rosa.email())
				.param("password", WRONG)).andExpect(status().is3xxRedirection());
			mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), WRONG)).with(from("203.0.113.7")))
				.andExpect(status().is4xxClientError());
		}

		mvc.perform(post("/login").with(csrf()).with(from("203.0.113.7"))
			.param("username", rosa.email())
			.param("password", PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD)).with(from("198.51.100.9")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/login-throttled"));

		mvc.perform(get("/api/v1/appointments").with(httpBasic(sam.email(), PASSWORD)).with(from("203.0.113.7")))
			.andExpect(status().isOk());
		assertThat(output.getAll()).contains("Failed login for \"" + rosa.email() + "\" from 203.0.113.7")
			.contains("Login refused for \"" + rosa.email() + "\" from 198.51.100.9")
			.doesNotContain(WRONG)
			.doesNotContain(PASSWORD);
		assertThat(countMatches(output.getAll(), "Failed login for \"" + rosa.email() + "\"")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void anEmailWithNoAccountIsThrottledExactlyLikeOneWithAnAccount() throws Exception {
		RunRubUser rosa = clinic.runner("Rosa");
		for (String email : new String[] { rosa.email(), "nobody-here@example.org" }) {
			for (int i = 0; i < 10; i++) {
				mvc.perform(get("/api/v1/appointments").with(httpBasic(email, WRONG)).with(from("192.0.2." + i)));
			}
			mvc.perform(get("/api/v1/appointments").with(httpBasic(email, WRONG)).with(from("192.0.2.99")))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "900"))
				.andExpect(jsonPath("$.detail").value(
						"Too many failed logins for this email or from your network. Wait for the time in Retry-After, then try again."));
		}
	}

	@Test
	void aSuccessForgetsTheEmailsFailures() throws Exception {
		RunRubUser rosa = clinic.runner("Rosa");
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), WRONG)).with(from("192.0.2.1")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), WRONG)).with(from("192.0.2.1")))
			.andExpect(status().isUnauthorized());
		assertThat(failures("email:" + rosa.email())).isEqualTo(2);

		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD)).with(from("192.0.2.1")))
			.andExpect(status().isOk());
		assertThat(failures("email:" + rosa.email())).isZero();
		assertThat(failures("address:192.0.2.1")).isEqualTo(2);
	}

	@Test
	void oneAddressGuessingAtManyAccountsIsStoppedAfterAHundredFailures() throws Exception {
		for (int i = 0; i < 100; i++) {
			mvc.perform(get("/api/v1/appointments").with(httpBasic("guess-" + i + "@example.org", WRONG))
				.with(from("192.0.2.200")));
		}
		RunRubUser rosa = clinic.runner("Rosa");
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD)).with(from("192.0.2.200")))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/api/v1/appointments").with(httpBasic(rosa.email(), PASSWORD)).with(from("192.0.2.201")))
			.andExpect(status().isOk());
	}

	private long failures(String subject) {
		return jdbc.sql("select count(*) from login_failure where subject = :subject")
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	private static int countMatches(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
