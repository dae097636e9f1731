package io.runrub;

import io.runrub.accounts.AccessRules;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The liveness and readiness probes answer anyone, as {@code /actuator/health} does: a load balancer or orchestrator
 * asks without logging in. They show a status only, no details. Next to {@link WritableDatabaseHealth}, whose result
 * readiness includes.
 */
@Component
@Order(10)
class HealthAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/actuator/health/liveness", "/actuator/health/readiness").permitAll();
	}

}
