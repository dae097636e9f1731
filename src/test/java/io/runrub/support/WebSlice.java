package io.runrub.support;

import io.runrub.shared.web.Refusals;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * What a {@code @WebMvcTest} slice of a RunRub controller needs beyond the controller: the one
 * {@link MessageSourceAccessor}, the words of refusals ({@link Refusals}), and Spring Security's MVC support (the
 * signed-in user as an argument, CSRF on forms). Import it instead of writing the same configuration per slice.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(Refusals.class)
public class WebSlice {

	@Bean
	MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
		return new MessageSourceAccessor(messageSource);
	}

}
