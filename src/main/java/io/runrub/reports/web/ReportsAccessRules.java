package io.runrub.reports.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reports' gates: the owner's reports are for admins only (they sit under {@code /admin/**} and
 * {@code /api/v1/admin/**}, which the shared rules keep for admins already; said here too, so that moving them
 * could not open them).
 */
@Component
@Order(85)
class ReportsAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/reports", "/admin/reports/**", "/api/v1/admin/reports/**")
			.hasRole(Role.ADMIN.name());
	}

}
