package io.runrub.accounts.web;

import io.runrub.accounts.AccountRegistration;
import io.runrub.shared.DomainException;
import io.runrub.support.WebSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sign-up page shows every error at once, next to its field; a taken email is an error on the email. */
@WebMvcTest(controllers = AccountPageController.class,
		excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CurrentUserAdvice.class))
@Import(WebSlice.class)
class SignUpPageWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AccountRegistration registration;

	@Test
	void twoBadFieldsShowTwoErrorsNextToTheirFieldsAndThePasswordIsNotSentBack() throws Exception {
		String page = mvc
			.perform(post("/signup").with(user("nobody")).with(csrf())
				.param("name", "Rosa")
				.param("email", "not-an-email")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<p id=\"email-error\" class=\"field-error\">Enter a valid email address.</p>")
			.contains("<p id=\"password-error\" class=\"field-error\">Choose a password of at least 10 characters (and at most 72).</p>")
			.containsPattern("<input[^>]*id=\"email\"[^>]*aria-invalid=\"true\" aria-describedby=\"email-error\"")
			.doesNotContain("name-error")
			.doesNotContain("value=\"short\"");
		verifyNoInteractions(registration);
	}

	@Test
	void aTakenEmailIsAnErrorOnTheEmail() throws Exception {
		given(registration.signUpRunner("rosa@example.test", "correct-horse", "Rosa"))
			.willThrow(DomainException.conflict("email-taken"));

		String page = mvc
			.perform(post("/signup").with(user("nobody")).with(csrf())
				.param("name", "Rosa")
				.param("email", "rosa@example.test")
				.param("password", "correct-horse"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<p id=\"email-error\" class=\"field-error\">"
				+ "An account with this email already exists. Log in instead, or use another email.</p>");
	}

}
