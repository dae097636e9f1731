package io.runrub.shared.web;

import java.io.IOException;
import java.util.Map;

import io.runrub.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * On pages, a refusal of the domain is a page a person understands, never a 500: what may not be seen is "not
 * found", what may not be done is "forbidden", and a broken rule says which. The JSON API has its own mapping
 * ({@link ApiProblems}), which comes first for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	private final Refusals refusals;

	PageProblems(Refusals refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(DomainException.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(DomainException.Forbidden.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	@ExceptionHandler(java.time.DateTimeException.class)
	ModelAndView dateOutOfRange() {
		return new ModelAndView("error", Map.of("status", 400, "error",
				"A date is out of range. Use dates within a few years of today."), HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler({ DomainException.RuleViolation.class, DomainException.Conflict.class })
	ModelAndView refused(DomainException ex) {
		HttpStatus status = ApiProblems.statusOf(ex);
		return new ModelAndView("error", Map.of("status", status.value(), "error", refusals.detail(ex)), status);
	}

}
