package io.runrub.accounts.web;

import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: anonymous visitors see what RunRub is; signed-in people go to where their work is. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal RunRubUser user) {
		if (user == null) {
			return "home";
		}
		if (user.is(Role.ADMIN)) {
			return "redirect:/admin";
		}
		if (user.is(Role.THERAPIST)) {
			return "redirect:/therapist/day";
		}
		return "redirect:/appointments";
	}

}
