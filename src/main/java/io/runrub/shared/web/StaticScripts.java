package io.runrub.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' own scripts, from {@code static/js} at {@code /js/**}: small progressive enhancements (upload progress,
 * the chart's tap readout, the body map) that the pages work without. Like {@code /css/**} (application.properties),
 * a path of its own, so that no other link a page builds is looked up as a file.
 */
@Configuration(proxyBeanMethods = false)
class StaticScripts implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
	}

}
