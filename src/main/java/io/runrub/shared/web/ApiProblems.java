package io.runrub.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.runrub.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where errors of the JSON API become RFC 9457 problem details. Messages are written for a person;
 * nothing internal (stack traces, SQL) ever leaves the server.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final Refusals refusals;

	ApiProblems(Refusals refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex) {
		HttpStatus status = statusOf(ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusals.detail(ex));
		problem.setTitle(refusals.title(ex));
		problem.setType(refusals.type(ex));
		return problem;
	}

	static HttpStatus statusOf(DomainException ex) {
		if (ex instanceof DomainException.NotFound) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof DomainException.Conflict) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof DomainException.Forbidden) {
			return HttpStatus.FORBIDDEN;
		}
		return HttpStatus.UNPROCESSABLE_CONTENT;
	}

	/** A date far outside any calendar RunRub keeps (the year 999999999, say). */
	@ExceptionHandler(java.time.DateTimeException.class)
	ProblemDetail dateOutOfRange(java.time.DateTimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"A date is out of range. Use dates within a few years of today.");
		problem.setTitle("Invalid request");
		return problem;
	}

	/** Anything unexpected: logged here, and the caller learns only that nothing was changed. */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected error in the API", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Your request was not completed; please try again.");
		problem.setTitle("Unexpected error");
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The value '%s' is not valid for '%s'.".formatted(ex.getValue(), ex.getName()));
		problem.setTitle("Invalid request");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult().getAllErrors().stream().map(error -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			if (error instanceof FieldError fieldError) {
				entry.put("field", fieldError.getField());
			}
			entry.put("message", error.getDefaultMessage());
			return entry;
		}).toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are missing or invalid.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getParameterValidationResults().stream()
			.flatMap(result -> result.getResolvableErrors().stream().map(error -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("field", result.getMethodParameter().getParameterName());
				entry.put("message", error.getDefaultMessage());
				return entry;
			}))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are missing or invalid.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape.");
		problem.setTitle("Invalid request");
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.badRequest().body(problem);
	}

}
