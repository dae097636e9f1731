package io.runrub.care.web;

import java.io.IOException;

import io.runrub.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** On the care pages, what may not be seen is the ordinary "page not found", and what may not be done "forbidden". */
@ControllerAdvice(assignableTypes = { RunnerCarePageController.class, TherapistCarePageController.class,
		AccessLogPageController.class })
class CarePageErrors {

	@ExceptionHandler(DomainException.NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(DomainException.Forbidden.class)
	void forbidden(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
