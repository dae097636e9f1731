package io.runrub.runners.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Runners' gates: the health questions are for anyone signed in; profile and answers are the runner's own. */
@Component
@Order(40)
class RunnersAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/profile/**", "/intake/**", "/api/v1/me/profile", "/api/v1/me/intake/**",
				"/api/v1/me/intake")
			.hasRole(Role.RUNNER.name());
	}

}
