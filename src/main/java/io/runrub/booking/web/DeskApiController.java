package io.runrub.booking.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.desk.DeskSchedule;
import io.runrub.booking.desk.FrontDesk;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.runrub.shared.web.Refusals;
import io.runrub.shared.web.SingleLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The front desk's API (the {@code /api/v1/admin/**} rule keeps it to admins): the clinic's schedule, booking for a
 * client (a new one is created and invited), and moving or cancelling with a reason the client is told.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Front desk")
class DeskApiController {

	private final DeskSchedule schedule;

	private final FrontDesk desk;

	private final Refusals refusals;

	private final MessageSourceAccessor messages;

	DeskApiController(DeskSchedule schedule, FrontDesk desk, Refusals refusals, MessageSourceAccessor messages) {
		this.schedule = schedule;
		this.desk = desk;
		this.refusals = refusals;
		this.messages = messages;
	}

	record ScheduleJson(LocalDate from, LocalDate to, String timeZone, List<TherapistJson> therapists,
			List<DayJson> days) {
	}

	record TherapistJson(long id, String name) {
	}

	record DayJson(LocalDate date, String closedFor, List<CellJson> therapists) {
	}

	record CellJson(long therapistId, List<PeriodJson> hours, List<PeriodJson> breaks, List<AwayJson> timeOff,
			List<EntryJson> appointments) {
	}

	record PeriodJson(LocalTime from, LocalTime to) {
	}

	record AwayJson(OffsetDateTime start, OffsetDateTime end, String reason) {
	}

	/** {@code roomId} and {@code roomName} are null when the appointment's service needs no room. */
	record EntryJson(long id, OffsetDateTime start, OffsetDateTime end, long runnerId, String runnerName,
			long serviceId, String serviceName, Long roomId, String roomName) {

		static EntryJson of(AppointmentView a) {
			return new EntryJson(a.id().value(), a.start().toOffsetDateTime(), a.end().toOffsetDateTime(),
					a.runnerId().value(), a.runnerName(), a.serviceId().value(), a.serviceName(),
					a.roomId() == null ? null : a.roomId().value(), a.roomName());
		}

	}

	/** A range the schedule refuses: the field named, as for any invalid parameter. */
	static final class RangeInvalid extends RuntimeException {

		RangeInvalid() {
			super("schedule-range-invalid");
		}

	}

	@GetMapping("/schedule")
	@Operation(summary = "The clinic's schedule: every therapist's hours, breaks, time off and appointments",
			description = "from and to are clinic days (YYYY-MM-DD), both included, at most 31 days; 400 naming "
					+ "the field otherwise.")
	ScheduleJson schedule(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (to.isBefore(from) || from.plusDays(DeskSchedule.MAX_DAYS).isBefore(to.plusDays(1))) {
			throw new RangeInvalid();
		}
		DeskSchedule.View view = schedule.between(from, to);
		return new ScheduleJson(view.from(), view.to(), view.zone().getId(),
				view.therapists().stream().map(c -> new TherapistJson(c.id().value(), c.name())).toList(),
				view.days()
					.stream()
					.map(day -> new DayJson(day.date(), day.closedFor(), day.cells()
						.stream()
						.map(cell -> new CellJson(cell.therapistId().value(),
								cell.hours().stream().map(p -> new PeriodJson(p.from(), p.to())).toList(),
								cell.breaks().stream().map(p -> new PeriodJson(p.from(), p.to())).toList(),
								cell.timeOff()
									.stream()
									.map(t -> new AwayJson(t.start().toOffsetDateTime(), t.end().toOffsetDateTime(),
											t.reason()))
									.toList(),
								cell.appointments().stream().map(e -> EntryJson.of(e.appointment())).toList()))
						.toList()))
					.toList());
	}

	@ExceptionHandler(RangeInvalid.class)
	ResponseEntity<ProblemDetail> rangeInvalid(RangeInvalid ex) {
		DomainException refusal = DomainException.refused("schedule-range-invalid", DeskSchedule.MAX_DAYS);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refusals.detail(refusal));
		problem.setTitle(refusals.title(refusal));
		problem.setType(refusals.type(refusal));
		problem.setProperty("errors", List.of(Map.of("field", "to", "message", messages
			.getMessage("problem.schedule-range-invalid.field", new Object[] { DeskSchedule.MAX_DAYS }))));
		return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	record ClientJson(long runnerId, String name, String email) {
	}

	@GetMapping("/clients")
	@Operation(summary = "Find clients by name or email (at least two characters; at most 20, by name)")
	List<ClientJson> clients(@RequestParam(name = "q") String query) {
		return desk.search(query)
			.stream()
			.map(a -> new ClientJson(a.id().value(), a.name(), a.email()))
			.toList();
	}

	record DeskBookingRequest(
			@NotBlank(message = "{desk.api.runnerEmail}") @Email(message = "{desk.api.runnerEmail}") @Size(max = 254,
					message = "{desk.api.runnerEmail}") String runnerEmail,
			@NotNull(message = "Choose a service.") @Positive(message = "{booking.api.invalid.serviceId}") Long serviceId,
			@NotNull(message = "Choose a start time.") OffsetDateTime start,
			@Positive(message = "{booking.api.invalid.therapistId}") Long therapistId,
			@Positive(message = "{desk.api.roomId}") Long roomId, Boolean overrideNotice,
			@Size(max = 100, message = "{desk.api.newClientName}") @SingleLine String newClientName) {
	}

	record DeskBookingResponse(long id, long runnerId, String runnerName, long serviceId, String serviceName,
			long therapistId, String therapistName, OffsetDateTime start, OffsetDateTime end, Long roomId,
			boolean clientCreated) {
	}

	@PostMapping("/bookings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book for a client",
			description = "An email without an account is refused (404) unless newClientName is given: then the "
					+ "client is created and invited by email to choose a password. overrideNotice: true books "
					+ "inside the clinic's notice or beyond its booking-ahead days (logged); the no-overlap guarantee "
					+ "always holds (409). roomId takes that treatment room (409 if it is taken); without it a service that "
					+ "needs a room takes any free one.")
	DeskBookingResponse book(Actor actor, @Valid @RequestBody DeskBookingRequest request) {
		FrontDesk.Booked booked = desk.book(new FrontDesk.DeskBooking(request.runnerEmail().strip(),
				ServiceId.of(request.serviceId()), request.start().toInstant(),
				request.therapistId() == null ? null : TherapistId.of(request.therapistId()), request.roomId(),
				Boolean.TRUE.equals(request.overrideNotice()), request.newClientName()), actor);
		AppointmentView a = booked.appointment();
		return new DeskBookingResponse(a.id().value(), a.runnerId().value(), a.runnerName(), a.serviceId().value(),
				a.serviceName(), a.therapistId().value(), a.therapistName(), a.start().toOffsetDateTime(),
				a.end().toOffsetDateTime(), a.roomId() == null ? null : a.roomId().value(), booked.clientCreated());
	}

	record MoveRequest(@NotNull(message = "Choose a new start time.") OffsetDateTime start,
			@Size(max = AppointmentBooking.MAX_REASON, message = "{desk.api.reason}") @SingleLine String reason) {
	}

	record CancelRequest(
			@Size(max = AppointmentBooking.MAX_REASON, message = "{desk.api.reason}") @SingleLine String reason) {
	}

	record ChangedJson(long id, OffsetDateTime start, String status) {

		static ChangedJson of(AppointmentView a) {
			return new ChangedJson(a.id().value(), a.start().toOffsetDateTime(), a.status().name());
		}

	}

	@PostMapping("/appointments/{id}/move")
	@Operation(summary = "Move a client's appointment, saying why (the client's message gives the reason)")
	ChangedJson move(Actor actor, @PathVariable long id, @Valid @RequestBody MoveRequest request) {
		return ChangedJson.of(desk.move(AppointmentId.of(id), request.start().toInstant(), request.reason(), actor));
	}

	@PostMapping("/appointments/{id}/cancel")
	@Operation(summary = "Cancel a client's appointment, saying why (the client's message gives the reason)")
	ChangedJson cancel(Actor actor, @PathVariable long id, @Valid @RequestBody CancelRequest request) {
		return ChangedJson.of(desk.cancel(AppointmentId.of(id), request.reason(), actor));
	}

}
