package io.runrub.ledger.web;

import io.runrub.accounts.AccessRules;
import io.runrub.accounts.Role;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The ledger's gates: a runner's own statement and purchases are for runners; the packages on sale for anyone signed
 * in; packages' definitions and runners' statements under {@code /admin} are admins' (see accounts' rules).
 */
@Component
@Order(75)
class LedgerAccessRules implements AccessRules {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/statement", "/statement/**", "/api/v1/me/statement", "/api/v1/me/packages")
			.hasRole(Role.RUNNER.name());
	}

}
