package io.runrub.accounts.web;

import io.runrub.accounts.RunRubUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in person (or null), so the shared layout can show the right navigation. Reads the
 * security context itself rather than asking for an argument, so that it never binds a request into a user (which
 * is what happens to the parameter wherever no principal resolver is registered, as in web slice tests).
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	RunRubUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof RunRubUser user ? user : null;
	}

}
