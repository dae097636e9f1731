package io.runrub.shared.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.runrub.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.support.MessageSourceAccessor;
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
 * The one place where errors of the JSON API become RFC 9457 problem details. Every answer carries a stable
 * {@code type} per kind of problem ({@value Refusals#TYPE_BASE}{@code <code>}) and words for a person from
 * {@code messages.properties}; invalid input names the field and what was expected. Nothing internal (stack traces,
 * SQL, class names) ever leaves the server.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final Refusals refusals;

	private final MessageSourceAccessor messages;

	ApiProblems(Refusals refusals, MessageSourceAccessor messages) {
		this.refusals = refusals;
		this.messages = messages;
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
		return problem(HttpStatus.BAD_REQUEST, "date-out-of-range");
	}

	/** Anything unexpected: logged here, and the caller learns only that nothing was changed. */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected error in the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected-error");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String expected = expected(ex.getRequiredType());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", String.valueOf(ex.getValue()),
				ex.getName(), expected);
		problem.setProperty("errors", List.of(error(ex.getName(),
				messages.getMessage("problem.invalid-parameter.field", new Object[] { expected }))));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map(error -> error(error instanceof FieldError fieldError ? fieldError.getField() : null,
					messages.getMessage(error)))
			.toList();
		return invalidFields(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> error(result.getMethodParameter().getParameterName(), messages.getMessage(error))))
			.toList();
		return invalidFields(errors);
	}

	/**
	 * A body that is not JSON, or JSON of the wrong shape: says where (the field's path, e.g.
	 * {@code findings[0].severity}) and what was expected there, from the JSON reader's own account of it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = readerProblem(ex);
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = path(jackson.getPath());
			String expected = cause instanceof InvalidNullException ? messages.getMessage("expected.notNull")
					: cause instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType())
							: messages.getMessage("expected.value");
			ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-body-field", field, expected);
			problem.setProperty("errors",
					List.of(error(field, messages.getMessage("problem.invalid-body-field.field", new Object[] { expected }))));
			return ResponseEntity.badRequest().body(problem);
		}
		if (cause instanceof StreamReadException read && read.getLocation() != null) {
			return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, "malformed-json", read.getLocation().getLineNr(),
						read.getLocation().getColumnNr()));
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "unreadable-body"));
	}

	/** The JSON reader's own exception (which knows the path), not the parse error of a date it may wrap. */
	private static Throwable readerProblem(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException) {
				return cause;
			}
		}
		return ex.getMostSpecificCause();
	}

	private ResponseEntity<Object> invalidFields(List<Map<String, Object>> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-fields");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String code, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("problem." + code + ".detail", args));
		problem.setTitle(messages.getMessage("problem." + code + ".title"));
		problem.setType(Refusals.type(code));
		return problem;
	}

	private static Map<String, Object> error(String field, String message) {
		Map<String, Object> entry = new LinkedHashMap<>();
		if (field != null) {
			entry.put("field", field);
		}
		entry.put("message", message);
		return entry;
	}

	/** {@code findings[0].severity} from the reader's path of properties and indexes. */
	static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** What a value of this type looks like, in words: "a whole number", "one of: LIGHT, MEDIUM, …". */
	String expected(Class<?> type) {
		if (type == null) {
			return messages.getMessage("expected.value");
		}
		if (type.isEnum()) {
			return messages.getMessage("expected.oneOf", new Object[] { Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")) });
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return messages.getMessage("expected.wholeNumber");
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return messages.getMessage("expected.number");
		}
		if (type == boolean.class || type == Boolean.class) {
			return messages.getMessage("expected.boolean");
		}
		if (type == String.class) {
			return messages.getMessage("expected.text");
		}
		if (type == LocalDate.class) {
			return messages.getMessage("expected.date");
		}
		if (type == LocalTime.class) {
			return messages.getMessage("expected.time");
		}
		if (type == java.time.Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| Temporal.class.isAssignableFrom(type)) {
			return messages.getMessage("expected.instant");
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return messages.getMessage("expected.list");
		}
		if (Map.class.isAssignableFrom(type)) {
			return messages.getMessage("expected.object");
		}
		return messages.getMessage("expected.object");
	}

	/** Kept for callers that build a problem by hand: the type of a kind of problem. */
	static URI type(String code) {
		return Refusals.type(code);
	}

}
