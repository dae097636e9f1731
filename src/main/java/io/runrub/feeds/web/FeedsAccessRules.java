package io.runrub.feeds.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Feeds' gates: a calendar subscription is read without a login (calendar apps cannot sign in; its address is the
 * secret); the address itself is for runners and therapists. Webhooks are under {@code /api/v1/admin/**}.
 */
@Component
@Order(60)
class FeedsAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/calendar/*.ics")
			.permitAll()
			.requestMatchers("/api/v1/me/calendar-feed", "/api/v1/me/calendar-feed/**", "/calendar-feed",
					"/calendar-feed/**")
			.hasAnyRole(Role.RUNNER.name(), Role.THERAPIST.name());
	}

}
