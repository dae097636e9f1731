package io.runrub.planner.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The planner's gates: the evidence behind the rules is public; a plan is its runner's. */
@Component
@Order(20)
class PlannerAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/evidence")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/evidence")
			.permitAll()
			.requestMatchers("/plan/**", "/api/v1/me/plan/**", "/api/v1/me/plan")
			.hasRole(Role.RUNNER.name());
	}

}
