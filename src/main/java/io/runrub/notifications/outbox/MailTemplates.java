package io.runrub.notifications.outbox;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a message's plain-text and HTML parts from Thymeleaf templates under {@code templates/notifications/mail/}
 * ({@code <name>.txt} in text mode, {@code <name>.html}), with the words from messages.properties. Its own engine,
 * beside the pages' one, so that the pages' template resolution is not changed.
 */
@Component
public class MailTemplates {

	private static final String FOLDER = "templates/notifications/mail/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	MailTemplates(MessageSource messages) {
		this.messages = messages;
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
		this.engine.setTemplateEngineMessageSource(messages);
		// every booking writes two messages (four templates) after it commits; compiled SpEL evaluates their
		// expressions without reflection, and falls back to interpreting one it cannot compile
		this.engine.setEnableSpringELCompiler(true);
	}

	/** The subject (a message key with arguments) and both parts of the named template, with these variables. */
	public Draft.Mail write(String template, String subjectKey, Object[] subjectArguments, Map<String, Object> model) {
		Context context = new Context(Locale.UK, model);
		String subject = messages.getMessage(subjectKey, subjectArguments, Locale.UK);
		context.setVariable("subject", subject);
		return new Draft.Mail(subject, engine.process(template + ".txt", context),
				engine.process(template + ".html", context));
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(FOLDER);
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		return resolver;
	}

	/** The dispatcher's schedule. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	static class Scheduling {

	}

}
