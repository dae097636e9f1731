package io.runrub.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files besides {@code /css/**} (application.properties) and {@code /webjars/**}: each kind on its own path,
 * so a page's links are never looked up as candidate files (see application.properties). Icons and the web manifest
 * under {@code /icons/**} and at {@code /favicon.ico} (where browsers look without being told), the pages' one small
 * script under {@code /js/**}.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/icons/**").addResourceLocations("classpath:/static/icons/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/favicon.*").addResourceLocations("classpath:/static/icons/");
	}

}
