package io.runrub.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Pages use a form login with CSRF protection. The JSON API under /api/** takes HTTP Basic, a
 * personal API token ({@code Authorization: Bearer …}) or the session; a session-authenticated write that a browser
 * sends for another site must carry the CSRF token ({@link CrossSiteRequests}). Every login with a password is
 * throttled and its failures logged ({@link ThrottledLogins}); a session ends at once when its account is disabled
 * or its password changed ({@link SessionRevalidation}). Every path is decided here, and anything not listed needs a
 * login.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfiguration {

	// the API, and the actuator's endpoints (a Prometheus scraper signs in with an admin's token): 401/403 as
	// problem+json, never a redirect to the login page
	private static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/")
			|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<AccessRules> accessRules,
			UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle, ApiTokens tokens,
			MessageSourceAccessor messages, Clock clock, JdbcClient jdbc) throws Exception {
		// one answer for "who are you?", whether credentials are missing or wrong (HTTP Basic reports wrong ones
		// through its own entry point, which would otherwise send an empty 401 for another realm)
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (ex instanceof ThrottledLogins.LoginThrottledException throttled) {
				long seconds = Math.max(1, Duration.between(clock.instant(), throttled.until()).toSeconds());
				response.setHeader("Retry-After", Long.toString(seconds));
				writeProblem(response, HttpStatus.TOO_MANY_REQUESTS, "login-throttled", messages);
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"RunRub\"");
			writeProblem(response, HttpStatus.UNAUTHORIZED,
					ex instanceof BadCredentialsException ? "bad-credentials" : "unauthorized", messages);
		};
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		http.authenticationManager(new ProviderManager(new ThrottledLogins(passwords, throttle)));
		http.authorizeHttpRequests(requests -> {
			requests
				.requestMatchers("/", "/login", "/signup", "/error", "/css/**", "/js/**", "/icons/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/accounts/password-reset",
						"/api/v1/accounts/password-reset/*")
				.permitAll()
				.requestMatchers("/password-reset", "/password-reset/*")
				.permitAll()
				.requestMatchers("/admin/**", "/api/v1/admin/**", "/actuator/**")
				.hasRole(Role.ADMIN.name());
			accessRules.orderedStream().forEach(rules -> rules.configure(requests));
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
						+ (ex instanceof ThrottledLogins.LoginThrottledException ? "/login?throttled" : "/login?error")))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new BearerTokenFilter(tokens, API, unauthorized), BasicAuthenticationFilter.class)
			.addFilterBefore(new SessionRevalidation(jdbc), AnonymousAuthenticationFilter.class)
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(new CrossSiteRequests(API)))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(unauthorized, API)
				.defaultAccessDeniedHandlerFor((request, response, ex) -> writeProblem(response, HttpStatus.FORBIDDEN,
						ex instanceof CsrfException ? "cross-site-request" : "forbidden", messages), API)
				// a page that a person may not see is a page that says so, never the API's JSON
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			// no inline script or style anywhere (htmx's indicator styles are off, see layout.html); HSTS is sent on
			// HTTPS requests only, which behind a TLS proxy needs server.forward-headers-strategy (see the README)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
						+ "form-action 'self'; frame-ancestors 'none'"))
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
				.referrerPolicy(referrer -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
						"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
								+ "interest-cohort=()")));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(Accounts accounts) {
		return username -> accounts.findByEmail(Account.normalise(username))
			.map(Account::user)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
	}

	private static void writeProblem(HttpServletResponse response, HttpStatus status, String code,
			MessageSourceAccessor messages) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"https://runrub.io/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
				.formatted(code, json(messages.getMessage("problem." + code + ".title")), status.value(),
						json(messages.getMessage("problem." + code + ".detail"))));
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
