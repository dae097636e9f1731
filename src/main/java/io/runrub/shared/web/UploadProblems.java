package io.runrub.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A broken or oversized upload fails before any controller is chosen, so this advice applies everywhere: problem
 * details for the API, a page for people.
 */
@ControllerAdvice
class UploadProblems {

	@ExceptionHandler(MultipartException.class)
	Object upload(MultipartException ex, HttpServletRequest request) {
		boolean tooLarge = ex instanceof MaxUploadSizeExceededException;
		HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		String detail = tooLarge ? "The upload is larger than RunRub accepts (100 MB in all; training files other than Strava exports 25 MB each)."
				: "The upload was incomplete or malformed. Please try again.";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(tooLarge ? "Upload too large" : "Invalid upload");
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return new ModelAndView("error", Map.of("status", status.value(), "error", detail), status);
	}

}
