package io.runrub.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path that nothing answers, or a method a path does not take, is found out before any controller is chosen, so
 * this advice applies everywhere: problem details for the API (with the same types and words as every other
 * problem), the error page for people.
 */
@ControllerAdvice
class UnknownPaths {

	private final MessageSourceAccessor messages;

	UnknownPaths(MessageSourceAccessor messages) {
		this.messages = messages;
	}

	// NoHandlerFoundException: static files have their own paths (/css/**, /webjars/**), so an unknown page or API path
	// reaches no resource handler at all
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "unknown-path");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String code) {
		String detail = messages.getMessage("problem." + code + ".detail");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(messages.getMessage("problem." + code + ".title"));
			problem.setType(Refusals.type(code));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return new ModelAndView("error", Map.of("status", status.value(), "error", detail), status);
	}

}
