package io.runrub.training.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Training's gates: a runner's training calendar, imports and load are theirs alone. */
@Component
@Order(30)
class TrainingAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/training/**", "/api/v1/me/training/**", "/api/v1/me/imports", "/api/v1/me/load")
			.hasRole(Role.RUNNER.name());
	}

}
