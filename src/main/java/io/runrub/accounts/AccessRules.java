package io.runrub.accounts;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a module's pages and endpoints, as URL rules: the one style and, per module, the one place where its
 * role gates live (a component in the module's {@code web} package). The security configuration applies the rules
 * everyone shares (public pages, {@code /admin/**} for admins), then each module's rules in {@code @Order}, then
 * requires a login for anything else. A module whose paths sit inside another's (care's
 * {@code /api/v1/appointments/*}{@code /notes} inside booking's appointments) comes first.
 */
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
