package io.runrub.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt at its lowest cost for tests. The application's encoder (cost 10) takes about 170 ms a hash on these
 * 2-core machines, and the tests create a few hundred accounts; this one writes the same {@code {bcrypt}} format, so
 * logins, sign-up and the security configuration work exactly as in production, only faster.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CheapPasswordHashing {

	@Bean
	@Primary
	PasswordEncoder cheapPasswordEncoder() {
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
	}

}
