package io.runrub.booking.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Booking")
class AppointmentApiController {

	private final AppointmentBooking booking;

	private final AppointmentCalendar calendar;

	private final Availability availability;

	private final ClinicCatalog catalog;

	private final Clock clock;

	AppointmentApiController(AppointmentBooking booking, AppointmentCalendar calendar, Availability availability,
			ClinicCatalog catalog, Clock clock) {
		this.booking = booking;
		this.calendar = calendar;
		this.availability = availability;
		this.catalog = catalog;
		this.clock = clock;
	}

	record SlotResponse(long therapistId, OffsetDateTime start, OffsetDateTime end) {
	}

	@GetMapping("/availability")
	@Operation(summary = "Free slots for a service, for one therapist or any qualified one",
			description = "Days are the clinic's days; times are ISO-8601 with the clinic's offset on that day. With "
					+ "format=days, the compact form for month and week views: {\"YYYY-MM-DD\": {\"<therapistId>\": "
					+ "[\"HH:mm\", ...]}}, start times on the clinic's clock, days without a free slot left out.")
	Object availability(@RequestParam long serviceId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long therapistId, @RequestParam(required = false) String format) {
		TherapistId therapist = therapistId == null ? null : TherapistId.of(therapistId);
		if (format != null) {
			if (!format.equals("days")) {
				throw DomainException.refused("availability-format-unknown", format);
			}
			Map<String, Map<String, List<String>>> days = new LinkedHashMap<>();
			availability.days(ServiceId.of(serviceId), from, to, therapist).forEach((day, therapists) -> {
				Map<String, List<String>> times = new LinkedHashMap<>();
				therapists.forEach((id, starts) -> times.put(Long.toString(id.value()),
						starts.stream().map(LocalTime::toString).toList()));
				days.put(day.toString(), times);
			});
			return days;
		}
		ZoneId zone = catalog.zone();
		return availability.slots(ServiceId.of(serviceId), from, to, therapist)
			.stream()
			.map(slot -> new SlotResponse(slot.therapistId().value(), local(slot.start(), zone),
					local(slot.end(), zone)))
			.toList();
	}

	record BookRequest(@NotNull(message = "Choose a service.") @Positive(
			message = "{booking.api.invalid.serviceId}") Long serviceId,
			@NotNull(message = "Choose a start time.") OffsetDateTime start,
			@Positive(message = "{booking.api.invalid.therapistId}") Long therapistId,
			@Positive(message = "{booking.api.invalid.roomId}") Long roomId) {
	}

	/** An appointment; {@code roomId} and {@code roomName} are null when its service needs no room. */
	record AppointmentResponse(long id, long serviceId, String serviceName, long therapistId, String therapistName,
			OffsetDateTime start, OffsetDateTime end, String status, Long roomId, String roomName) {

		static AppointmentResponse of(AppointmentView view) {
			return new AppointmentResponse(view.id().value(), view.serviceId().value(), view.serviceName(),
					view.therapistId().value(),
					view.therapistName(), view.start().toOffsetDateTime(), view.end().toOffsetDateTime(),
					view.status().name(), view.roomId() == null ? null : view.roomId().value(), view.roomName());
		}

	}

	@PostMapping("/appointments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Book an appointment",
			description = "409 if the time was taken, 422 if a clinic policy forbids it. Send an Idempotency-Key "
					+ "header to make retries safe: a retry returns the first result and books nothing new.")
	AppointmentResponse book(Actor actor, @Valid @RequestBody BookRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		// the key's length is checked below, as a coded refusal: a constraint here would turn the body's field
		// errors into errors on "request"
		if (!actor.is(Role.RUNNER)) {
			throw DomainException.forbidden("runners-only-book");
		}
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		if (key != null && key.length() > 100) {
			throw DomainException.refused("idempotency-key-too-long", 100);
		}
		return AppointmentResponse.of(booking.book(new AppointmentBooking.BookingRequest(actor.runnerId(),
				ServiceId.of(request.serviceId()), request.start().toInstant(),
				request.therapistId() == null ? null : TherapistId.of(request.therapistId()), key,
				request.roomId() == null ? null : io.runrub.clinic.RoomId.of(request.roomId()))));
	}

	@GetMapping("/appointments")
	@Operation(summary = "The caller's appointments",
			description = "A runner's own bookings; a therapist's appointments; for admins, every appointment.")
	List<AppointmentResponse> mine(Actor actor) {
		Instant now = clock.instant();
		return calendar.ownedBy(actor, now.minus(Duration.ofDays(366)), now.plus(Duration.ofDays(366)))
			.stream()
			.map(AppointmentResponse::of)
			.toList();
	}

	@GetMapping("/appointments/{id}")
	AppointmentResponse one(Actor actor, @PathVariable long id) {
		return AppointmentResponse.of(calendar.find(AppointmentId.of(id), actor));
	}

	@PostMapping("/appointments/{id}/cancel")
	@Operation(summary = "Cancel an appointment", description = "A runner may cancel until it starts (422 after); inside the clinic's cancellation cutoff it is recorded as a late cancellation and the clinic's late-cancellation fee, if any, is charged")
	AppointmentResponse cancel(Actor actor, @PathVariable long id) {
		return AppointmentResponse.of(booking.cancel(AppointmentId.of(id), actor));
	}

	@PostMapping("/appointments/{id}/confirm")
	@Operation(summary = "Confirm an appointment the clinic recorded as history",
			description = "The runner says it did take place with that therapist: only then may the therapist read "
					+ "the runner's clinical record through it. 404 for anyone but its runner, 422 if it was not "
					+ "recorded as history.")
	AppointmentResponse confirm(Actor actor, @PathVariable long id) {
		return AppointmentResponse.of(booking.confirmHistory(AppointmentId.of(id), actor));
	}

	record RescheduleRequest(@NotNull(message = "Choose a new start time.") OffsetDateTime start) {
	}

	@PostMapping("/appointments/{id}/reschedule")
	@Operation(summary = "Move an appointment to another time with the same therapist")
	AppointmentResponse reschedule(Actor actor, @PathVariable long id, @Valid @RequestBody RescheduleRequest request) {
		return AppointmentResponse.of(booking.reschedule(AppointmentId.of(id), request.start().toInstant(), actor));
	}

	@GetMapping(path = "/appointments/{id}.ics", produces = "text/calendar")
	@Operation(summary = "The appointment as an iCalendar file")
	ResponseEntity<String> ics(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("runrub-appointment-" + id + ".ics").build().toString())
			.body(calendar.calendarFile(AppointmentId.of(id), actor));
	}

	private static OffsetDateTime local(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}

}
