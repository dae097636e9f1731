package io.runrub.booking.web;

import java.time.OffsetDateTime;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** History: admins record appointments that already took place, as a clinic does when it moves to RunRub. */
@RestController
@RequestMapping("/api/v1/admin/appointments")
@Tag(name = "Admin")
class AppointmentHistoryApiController {

	private final AppointmentBooking booking;

	private final AccountDirectory accounts;

	AppointmentHistoryApiController(AppointmentBooking booking, AccountDirectory accounts) {
		this.booking = booking;
		this.accounts = accounts;
	}

	record PastAppointmentRequest(
			@NotBlank(message = "Give the runner's email.") @Email(message = "Give a valid email.") String runnerEmail,
			@NotNull(message = "Choose a therapist.") @Positive Long therapistId,
			@NotNull(message = "Choose a service.") @Positive Long serviceId,
			@NotNull(message = "Give the start time.") OffsetDateTime start) {
	}

	record RecordedAppointment(long id, long runnerId, String runnerName, long serviceId, String serviceName,
			long therapistId, String therapistName, OffsetDateTime start, OffsetDateTime end, String status) {

		static RecordedAppointment of(AppointmentView view) {
			return new RecordedAppointment(view.id().value(), view.runnerId().value(), view.runnerName(),
					view.serviceId().value(), view.serviceName(), view.therapistId().value(), view.therapistName(),
					view.start().toOffsetDateTime(),
					view.end().toOffsetDateTime(), view.status().name());
		}

	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an appointment that already happened",
			description = "For moving a clinic's records into RunRub. Notice and booking-ahead policies do not apply; "
					+ "the no-overlap guarantee does (409). 422 if it has not started yet or the email is not a runner's. "
					+ "Recorded history does not let the therapist read the runner's clinical record until the "
					+ "runner confirms it (POST /api/v1/appointments/{id}/confirm).")
	RecordedAppointment record(Actor actor, @Valid @RequestBody PastAppointmentRequest request) {
		AccountSummary runner = accounts.findByEmail(request.runnerEmail())
			.orElseThrow(() -> DomainException.notFound("no-account-with-email", request.runnerEmail().strip()));
		if (runner.role() != Role.RUNNER) {
			throw DomainException.refused("not-a-runner", runner.email());
		}
		return RecordedAppointment.of(booking.recordPast(new AppointmentBooking.PastAppointment(
				RunnerId.of(runner.id().value()), TherapistId.of(request.therapistId()), ServiceId.of(request.serviceId()),
				request.start().toInstant(), actor.accountId())));
	}

}
