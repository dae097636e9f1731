package io.runrub.waitlist.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The waitlist's gates: its pages and endpoints are the runner's own. */
@Component
@Order(45)
class WaitlistAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers("/api/v1/me/waitlist", "/api/v1/me/waitlist/**", "/api/v1/me/offers",
					"/api/v1/me/offers/**", "/waitlist", "/waitlist/**")
			.hasRole(Role.RUNNER.name());
	}

}
