package io.runrub.care.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Care's gates: the clinical side is for therapists; a note read by id (GET /api/v1/notes/{id}) is open to any login so that every attempt, allowed or not, reaches the access log. */
@Component
@Order(10)
class CareAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.POST, "/api/v1/appointments/*/notes", "/api/v1/notes/*/amendments",
					"/api/v1/notes/*/homework")
			.hasRole(Role.THERAPIST.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/appointments/*/brief", "/api/v1/runners/*/insights")
			.hasRole(Role.THERAPIST.name())
			.requestMatchers("/api/v1/me/homework", "/api/v1/me/body-check-ins", "/api/v1/me/insights",
					"/api/v1/me/feedback", "/api/v1/homework/**", "/care/**")
			.hasRole(Role.RUNNER.name())
			.requestMatchers("/therapist/**")
			.hasRole(Role.THERAPIST.name());
	}

}
