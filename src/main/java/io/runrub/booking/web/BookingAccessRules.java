package io.runrub.booking.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Booking's gates: availability is public; booking pages are for runners, the day and week for therapists; the appointment API checks per appointment who may see or change it. */
@Component
@Order(50)
class BookingAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/api/v1/availability")
			.permitAll()
			.requestMatchers("/book/**", "/appointments/**")
			.hasRole(Role.RUNNER.name())
			.requestMatchers("/therapist/**")
			.hasRole(Role.THERAPIST.name());
	}

}
