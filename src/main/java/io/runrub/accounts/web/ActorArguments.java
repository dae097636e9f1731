package io.runrub.accounts.web;

import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.RunRubUser;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller take the signed-in person as an {@link Actor} parameter, so that use cases receive who is asking
 * without seeing Spring Security. Only authenticated requests reach such a controller (the URL rules say so); an
 * anonymous one here is refused as unauthenticated.
 */
@Configuration(proxyBeanMethods = false)
class ActorArguments implements WebMvcConfigurer {

	static {
		// The actor comes from the credentials, never from the request: keep it out of the OpenAPI description.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return Actor.class.equals(parameter.getParameterType());
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getPrincipal() instanceof RunRubUser user) {
					return user.actor();
				}
				throw new AuthenticationCredentialsNotFoundException("Sign in first.");
			}

		});
	}

}
