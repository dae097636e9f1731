package io.runrub.booking.web;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.Attendance;
import io.runrub.booking.AttendanceRecord;
import io.runrub.booking.AttendanceRecording;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether the runner came: the appointment's therapist or an admin records it once the appointment has started. */
@RestController
@RequestMapping("/api/v1")
class AttendanceApiController {

	private final AttendanceRecording attendance;

	AttendanceApiController(AttendanceRecording attendance) {
		this.attendance = attendance;
	}

	record AttendanceRequest(@NotNull(message = "{booking.api.invalid.attendance}") Attendance status) {
	}

	record AttendanceResponse(long appointmentId, String status) {
	}

	@PostMapping("/appointments/{id}/attendance")
	@Operation(summary = "Record whether the runner came (ATTENDED or NO_SHOW)",
			description = "For the appointment's therapist or an admin, once it has started. Recording the same "
					+ "answer again changes nothing; 409 if the other answer was recorded; 422 before it starts or "
					+ "if it was cancelled; a no-show is charged the clinic's no-show fee, if any.")
	AttendanceResponse record(Actor actor, @PathVariable long id, @Valid @RequestBody AttendanceRequest request) {
		AttendanceRecord recorded = attendance.record(AppointmentId.of(id), request.status(), actor);
		return new AttendanceResponse(id, recorded.attendance().name());
	}

}
