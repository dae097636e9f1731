package io.runrub.waitlist.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.waitlist.Waitlist;
import io.runrub.waitlist.WaitlistEntry;
import io.runrub.waitlist.WaitlistOffer;
import io.runrub.waitlist.WaitlistOffers;
import io.runrub.waitlist.WeeklyTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Waitlist")
class WaitlistApiController {

	private final Waitlist waitlist;

	private final WaitlistOffers offers;

	private final ClinicCatalog catalog;

	WaitlistApiController(Waitlist waitlist, WaitlistOffers offers, ClinicCatalog catalog) {
		this.waitlist = waitlist;
		this.offers = offers;
		this.catalog = catalog;
	}

	record TimeRequest(@NotNull(message = "{waitlist.api.invalid.dayOfWeek}") DayOfWeek dayOfWeek,
			@NotNull(message = "{waitlist.api.invalid.timeFrom}") LocalTime from,
			@NotNull(message = "{waitlist.api.invalid.timeTo}") LocalTime to) {
	}

	record JoinRequest(
			@NotNull(message = "{waitlist.api.invalid.serviceId}") @Positive(
					message = "{waitlist.api.invalid.serviceId}") Long serviceId,
			@NotNull(message = "{waitlist.api.invalid.from}") LocalDate from,
			@NotNull(message = "{waitlist.api.invalid.to}") LocalDate to,
			@Positive(message = "{waitlist.api.invalid.therapistId}") Long therapistId,
			@Size(max = Waitlist.MAX_TIMES, message = "{waitlist.api.invalid.times}") List<@Valid @NotNull(
					message = "{waitlist.api.invalid.time}") TimeRequest> times) {
	}

	record TimeResponse(DayOfWeek dayOfWeek, LocalTime from, LocalTime to) {
	}

	record EntryResponse(long id, long serviceId, String serviceName, Long therapistId, LocalDate from, LocalDate to,
			List<TimeResponse> times, boolean fromPlan, String status, Instant createdAt) {
	}

	record OfferResponse(long id, long entryId, long serviceId, String serviceName, long therapistId,
			String therapistName, OffsetDateTime start, OffsetDateTime end, OffsetDateTime heldUntil, String status) {
	}

	record BookedResponse(long appointmentId, long serviceId, long therapistId, OffsetDateTime start,
			OffsetDateTime end, String status) {
	}

	@PostMapping("/waitlist")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Wait for a slot of a service",
			description = "Between two of the clinic's days (inclusive), at the times of the week given (none: any "
					+ "time), with one therapist or any. When a slot that fits is freed, it is offered to the "
					+ "runner who needs it most and held for them (GET /api/v1/me/offers).")
	EntryResponse join(Actor actor, @Valid @RequestBody JoinRequest request) {
		List<WeeklyTime> times = request.times() == null ? List.of()
				: request.times().stream().map(time -> new WeeklyTime(time.dayOfWeek(), time.from(), time.to())).toList();
		return entry(waitlist.join(actor, new Waitlist.Request(ServiceId.of(request.serviceId()), request.from(),
				request.to(), request.therapistId() == null ? null : TherapistId.of(request.therapistId()), times,
				false)));
	}

	@GetMapping("/waitlist")
	@Operation(summary = "What the runner is waiting for")
	List<EntryResponse> waiting(Actor actor) {
		return waitlist.waiting(actor).stream().map(this::entry).toList();
	}

	@DeleteMapping("/waitlist/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop waiting", description = "A slot held for this entry passes to the next runner.")
	void leave(Actor actor, @PathVariable long id) {
		waitlist.leave(actor, id);
	}

	@GetMapping("/offers")
	@Operation(summary = "Slots held for the runner", description = "Each until its heldUntil.")
	List<OfferResponse> offers(Actor actor) {
		return offers.open(actor).stream().map(this::offer).toList();
	}

	@PostMapping("/offers/{id}/accept")
	@Operation(summary = "Book a held slot",
			description = "409 if the hold ran out or the slot was taken. Accepting twice books once.")
	BookedResponse accept(Actor actor, @PathVariable long id) {
		AppointmentView view = offers.accept(id, actor);
		return new BookedResponse(view.id().value(), view.serviceId().value(), view.therapistId().value(),
				view.start().toOffsetDateTime(), view.end().toOffsetDateTime(), view.status().name());
	}

	@PostMapping("/offers/{id}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Say no to a held slot", description = "It passes at once to the next waiting runner.")
	void decline(Actor actor, @PathVariable long id) {
		offers.decline(id, actor);
	}

	private EntryResponse entry(WaitlistEntry entry) {
		return new EntryResponse(entry.id(), entry.serviceId().value(), catalog.service(entry.serviceId()).name(),
				entry.therapistId() == null ? null : entry.therapistId().value(), entry.from(), entry.to(),
				entry.times().stream().map(time -> new TimeResponse(time.dayOfWeek(), time.from(), time.to())).toList(),
				entry.fromPlan(), entry.status().name(), entry.createdAt());
	}

	private OfferResponse offer(WaitlistOffer offer) {
		var zone = catalog.zone();
		var service = catalog.service(offer.serviceId());
		return new OfferResponse(offer.id(), offer.entryId(), service.id().value(), service.name(),
				offer.therapistId().value(), catalog.therapist(offer.therapistId()).name(),
				offer.start().atZone(zone).toOffsetDateTime(),
				offer.start().plus(service.duration()).atZone(zone).toOffsetDateTime(),
				offer.heldUntil().atZone(zone).toOffsetDateTime(), offer.status().name());
	}

}
