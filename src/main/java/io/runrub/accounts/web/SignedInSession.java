package io.runrub.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.runrub.accounts.RunRubUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After a password change the account's other sessions end; the session that made the change goes on, signed in as
 * the account is now, under a new session id.
 */
final class SignedInSession {

	private SignedInSession() {
	}

	static void renew(RunRubUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.getContextHolderStrategy().setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		}
	}

}
