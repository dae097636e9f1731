package io.runrub.clinic.web;

import io.runrub.accounts.AccessRules;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The clinic's gates: its services and therapists are public reads; the rest of it is under /admin (admins only, a rule everyone shares). */
@Component
@Order(60)
class ClinicAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/services", "/api/v1/therapists")
			.permitAll();
	}

}
