package io.runrub.clinic.web;

import java.time.LocalDate;
import java.util.List;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.Closure;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.shared.web.SingleLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clinic's closed days: everyone signed in reads them (from today on); admins add and remove them. Closing a day
 * with appointments booked on it is refused with the list of them, so the admin can move or cancel them first.
 */
@RestController
@Tag(name = "Clinic closures")
class ClosureApiController {

	private final ClinicAdministration administration;

	private final ClinicCatalog catalog;

	private final Refusals refusals;

	private final java.time.Clock clock;

	ClosureApiController(ClinicAdministration administration, ClinicCatalog catalog, Refusals refusals,
			java.time.Clock clock) {
		this.administration = administration;
		this.catalog = catalog;
		this.refusals = refusals;
		this.clock = clock;
	}

	record ClosureRequest(@NotNull(message = "Give the date the clinic is closed (YYYY-MM-DD).") LocalDate date,
			@NotBlank(message = "Say why the clinic is closed, such as Christmas Day.") @Size(max = Closure.MAX_REASON,
					message = "Keep the reason to 200 characters.") @SingleLine String reason,
			@Size(max = 300) @SingleLine String clientMessage,
			@Size(max = 200) List<InTheWayJson.@Valid @NotNull DecisionJson> decisions) {
	}

	record ClosureJson(long id, LocalDate date, String reason) {

		static ClosureJson of(Closure closure) {
			return new ClosureJson(closure.id(), closure.date(), closure.reason());
		}

	}

	@GetMapping("/api/v1/closures")
	@Operation(summary = "The days the clinic is closed, from today for two years",
			description = "Availability, booking and the planner never offer these days.")
	List<ClosureJson> closures() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), catalog.zone());
		return catalog.closures(today, today.plusYears(2)).stream().map(ClosureJson::of).toList();
	}

	@PostMapping("/api/v1/admin/closures")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Close the clinic for a day",
			description = "409 with conflicts: [{appointmentId, start, runnerName, proposedStart}] while "
					+ "appointments are booked that day, unless decisions: [{appointmentId, action: MOVE|CANCEL, "
					+ "moveTo?}] says for each what to do (each client gets a message giving clientMessage, or the "
					+ "reason; all or nothing); 409 if it is closed already; 422 for a day in the past or over two "
					+ "years ahead.")
	ClosureJson add(io.runrub.accounts.Actor actor, @Valid @RequestBody ClosureRequest request) {
		return ClosureJson.of(administration.addClosure(request.date(), request.reason(),
				InTheWayJson.decisions(request.decisions()), request.clientMessage(), actor));
	}

	@DeleteMapping("/api/v1/admin/closures/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Open the clinic again on a closed day")
	void remove(@PathVariable long id) {
		administration.removeClosure(id);
	}

	/** A closure over booked appointments: the usual problem, plus the appointments in the way. */
	@org.springframework.web.bind.annotation.ExceptionHandler(DomainException.Conflict.class)
	ResponseEntity<ProblemDetail> conflict(DomainException.Conflict ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusals.detail(ex));
		problem.setTitle(refusals.title(ex));
		problem.setType(refusals.type(ex));
		if (ex.code().equals("closure-over-appointments")) {
			ClinicInfo clinic = catalog.clinic();
			LocalDate day = LocalDate.parse((String) ex.args()[0]);
			problem.setProperty("conflicts", administration.closureInTheWay(day)
				.stream()
				.map(booked -> InTheWayJson.of(booked, clinic))
				.toList());
		}
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
