package io.runrub.clinic.web;

import java.time.OffsetDateTime;
import java.util.List;

import io.runrub.clinic.AppointmentsInTheWay;
import io.runrub.clinic.ClinicInfo;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * An appointment in the way of time off or a closure, as the API shows it (its start, and the start proposed for it,
 * in the clinic's zone), and the admin's decision for one.
 */
record InTheWayJson(long appointmentId, OffsetDateTime start, String runnerName, OffsetDateTime proposedStart) {

	static InTheWayJson of(AppointmentsInTheWay.InTheWay booked, ClinicInfo clinic) {
		return new InTheWayJson(booked.appointmentId(), booked.start().atZone(clinic.zone()).toOffsetDateTime(),
				booked.runnerName(), booked.proposedStart() == null ? null
						: booked.proposedStart().atZone(clinic.zone()).toOffsetDateTime());
	}

	/** MOVE (to moveTo, or the proposed start when it is left out) or CANCEL. */
	record DecisionJson(@NotNull(message = "Give the appointment's id.") @Positive Long appointmentId,
			@NotNull(message = "Choose MOVE or CANCEL.") AppointmentsInTheWay.Action action, OffsetDateTime moveTo) {
	}

	static List<AppointmentsInTheWay.Decision> decisions(List<DecisionJson> decisions) {
		if (decisions == null) {
			return List.of();
		}
		return decisions.stream()
			.map(d -> new AppointmentsInTheWay.Decision(d.appointmentId(), d.action(),
					d.moveTo() == null ? null : d.moveTo().toInstant()))
			.toList();
	}

	/** The usual problem for the refusal, plus {@code conflicts}: the appointments in the way. */
	static ResponseEntity<Object> conflict(DomainException ex, Refusals refusals,
			List<AppointmentsInTheWay.InTheWay> inTheWay, ClinicInfo clinic) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refusals.detail(ex));
		problem.setTitle(refusals.title(ex));
		problem.setType(refusals.type(ex));
		problem.setProperty("conflicts", inTheWay.stream().map(b -> of(b, clinic)).toList());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
