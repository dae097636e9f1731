package io.runrub.accounts.web;

import io.runrub.accounts.RunRubUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in person (or null), so the shared layout can show the right navigation. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	RunRubUser currentUser(@AuthenticationPrincipal RunRubUser user) {
		return user;
	}

}
