package io.runrub.shared.web;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's caches for every expression the pages use. Its default keeps 500 parsed expressions, shared by
 * Thymeleaf's own and the SpEL expressions behind them; the runner and therapist pages use more than that (a form's
 * rows each make their own, {@code *{week[3].from}}), so under load the pages parsed the same expressions again and
 * again (4% of page CPU in a JFR profile of the load suite). Boot has no property for it: the engine gets a cache
 * manager before it starts. A parsed expression is small; ten times the default costs a few megabytes at most.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	static final int EXPRESSIONS = 5_000;

	static final int TEMPLATES = 500;

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof TemplateEngine engine && !engine.isInitialized()) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					caches.setTemplateCacheMaxSize(TEMPLATES);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
