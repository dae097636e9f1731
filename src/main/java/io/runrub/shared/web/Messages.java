package io.runrub.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The one way code outside templates reads {@code messages.properties}: inject {@link MessageSourceAccessor} and call
 * {@code getMessage(key, args)} (in the request's locale).
 */
@Configuration(proxyBeanMethods = false)
class Messages {

	@Bean
	MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
		return new MessageSourceAccessor(messageSource);
	}

}
