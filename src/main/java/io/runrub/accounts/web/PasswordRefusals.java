package io.runrub.accounts.web;

import java.util.List;
import java.util.Map;

import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A password that the policy refuses is bad input in one field: the API answers 400 naming the field, with the
 * policy's reason in words.
 */
final class PasswordRefusals {

	private PasswordRefusals() {
	}

	static boolean isAboutTheNewPassword(DomainException ex) {
		return ex.code() != null && ex.code().startsWith("password-") && !ex.code().equals("password-current-wrong");
	}

	static ProblemDetail invalidField(DomainException ex, String field, Refusals refusals) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusals.detail(ex));
		problem.setTitle(refusals.title(ex));
		problem.setType(refusals.type(ex));
		problem.setProperty("errors", List.of(Map.of("field", field, "message", refusals.detail(ex))));
		return problem;
	}

}
