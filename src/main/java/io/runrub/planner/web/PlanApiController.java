package io.runrub.planner.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.runrub.accounts.Actor;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.planner.plan.LaterBookings;
import io.runrub.planner.plan.PlanBooking;
import io.runrub.planner.plan.PlanGeneration;
import io.runrub.planner.plan.PlannedMassage;
import io.runrub.planner.plan.Replanning;
import io.runrub.planner.rules.Adjustment;
import io.runrub.planner.rules.Reason;
import io.runrub.planner.rules.RuleCatalogue;
import io.runrub.planner.rules.RuleInfo;
import io.runrub.planner.rules.Warning;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Pressure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recovery plan")
class PlanApiController {

	private final PlanGeneration generation;

	private final PlanBooking booking;

	private final Replanning replanning;

	private final ClinicCatalog catalog;

	private final LaterBookings later;

	PlanApiController(PlanGeneration generation, PlanBooking booking, Replanning replanning, ClinicCatalog catalog,
			LaterBookings later) {
		this.later = later;
		this.catalog = catalog;
		this.generation = generation;
		this.booking = booking;
		this.replanning = replanning;
	}

	record PlanRequest(LocalDate from, LocalDate to) {
	}

	record ReasonResponse(String rule, String text, String evidence) {

		static ReasonResponse of(Reason reason) {
			return new ReasonResponse(reason.rule(), reason.text(), reason.evidence().label());
		}

	}

	/** A real free slot a flagged booked massage could move to. */
	record ProposalResponse(LocalDate date, OffsetDateTime start, long therapistId) {
	}

	/** What was considered for a suggestion and changed, and why. */
	record AdjustmentResponse(String rule, String text) {

		static AdjustmentResponse of(Adjustment adjustment) {
			return new AdjustmentResponse(adjustment.rule(), adjustment.text());
		}

	}

	/**
	 * Ids are plain numbers in JSON; the price is minor units of the clinic's currency. {@code reasons} say what the
	 * suggestion is; {@code adjustments} what was considered and changed. A booked massage has a {@code status} (with
	 * the reason in {@code flag} unless OK) and, for a proposed move, a {@code proposal}.
	 */
	record SuggestionResponse(Long id, LocalDate date, String kind, Modality modality, Pressure pressure,
			int durationMinutes, long serviceId, long priceCents, List<BodyArea> focusAreas, Long therapistId,
			List<ReasonResponse> reasons, List<AdjustmentResponse> adjustments, Long appointmentId, String flag,
			LocalDate proposedDate, PlannedMassage.Status status, ProposalResponse proposal) {

		static SuggestionResponse of(PlannedMassage massage, java.time.ZoneId zone) {
			return new SuggestionResponse(massage.id(), massage.date(), massage.kind().name(), massage.modality(),
					massage.pressure(), massage.durationMinutes(), massage.serviceId().value(), massage.price().minorUnits(),
					massage.focusAreas(), massage.therapistId() == null ? null : massage.therapistId().value(),
					massage.reasons().stream().map(ReasonResponse::of).toList(),
					massage.adjustments().stream().map(AdjustmentResponse::of).toList(),
					massage.appointmentId() == null ? null : massage.appointmentId().value(),
					massage.flag(), massage.proposedDate(),
					massage.isBooked() && massage.status() == null ? PlannedMassage.Status.OK : massage.status(),
					massage.proposedStart() == null ? null
							: new ProposalResponse(massage.proposedDate(),
									massage.proposedStart().atZone(zone).toOffsetDateTime(),
									(massage.proposedTherapistId() == null ? massage.therapistId()
											: massage.proposedTherapistId()).value()));
		}

	}

	record PlanResponse(LocalDate from, LocalDate to, List<SuggestionResponse> suggestions, List<Warning> warnings) {

		static PlanResponse of(PlanGeneration.PlanView plan, java.time.ZoneId zone) {
			return new PlanResponse(plan.from(), plan.to(),
					plan.massages().stream().map(massage -> SuggestionResponse.of(massage, zone)).toList(),
					plan.warnings());
		}

	}

	@PostMapping("/me/plan")
	@Operation(summary = "Make a new plan",
			description = "Default horizon: tomorrow until 7 days after your next A race, or 12 weeks. Every suggestion "
					+ "comes with its reasons (catalogue rule, a plain sentence, the evidence grade) for what it is, and "
					+ "its adjustments (rule, sentence): what was considered and changed, e.g. deep tissue "
					+ "swapped for a sports massage to fit the budget.")
	PlanResponse plan(Actor actor, @RequestBody(required = false) PlanRequest request) {
		return PlanResponse.of(generation.generate(actor.runnerId(), request == null ? null : request.from(),
				request == null ? null : request.to()), catalog.zone());
	}

	@GetMapping("/me/plan")
	@Operation(summary = "The current plan, with flags where training changed")
	PlanResponse current(Actor actor) {
		return generation.current(actor.runnerId())
			.map(plan -> PlanResponse.of(plan, catalog.zone()))
			.orElseThrow(() -> DomainException.notFound("plan-none-yet"));
	}

	record AppointmentResponse(long id, long serviceId, long therapistId, OffsetDateTime start, OffsetDateTime end,
			String status) {

		static AppointmentResponse of(AppointmentView view) {
			return new AppointmentResponse(view.id().value(), view.serviceId().value(), view.therapistId().value(),
					view.start().toOffsetDateTime(), view.end().toOffsetDateTime(), view.status().name());
		}

	}

	record BookResponse(List<AppointmentResponse> booked, List<PlanBooking.Later> later,
			List<PlanBooking.Unplaced> unplaced) {
	}

	@PostMapping("/me/plan/book")
	@Operation(summary = "Book every suggestion of the plan in advance",
			description = "Every suggestion inside the clinic's booking window, each at the nearest free slot of a "
					+ "suitable therapist on a day its rules allow: all of them in one transaction, or none (then "
					+ "`unplaced` says which could not be placed and why). `later` lists the suggestions beyond the "
					+ "window with the day each becomes bookable.")
	BookResponse book(Actor actor) {
		if (generation.current(actor.runnerId()).isEmpty()) {
			generation.generate(actor.runnerId(), null, null);
		}
		PlanBooking.Result result = booking.bookAll(actor.runnerId());
		return new BookResponse(result.booked().stream().map(AppointmentResponse::of).toList(), result.later(),
				result.unplaced());
	}

	@PostMapping("/me/plan/book-later")
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
	@Operation(summary = "Book the rest of the plan when it becomes bookable",
			description = "Stores the wish; every morning the plan is booked again (all or nothing) for what has come "
					+ "inside the clinic's booking window, until nothing is left beyond it.")
	void bookLater(Actor actor) {
		later.wish(actor.runnerId());
	}

	@PostMapping("/me/plan/suggestions/{id}/accept")
	@Operation(summary = "Accept what the plan says of a flagged booked massage",
			description = "MOVE_PROPOSED: the appointment moves to the proposal (another therapist: booked anew, the "
					+ "old one cancelled, together). NO_LONGER_FITS or UNSAFE: the appointment is cancelled.")
	SuggestionResponse accept(Actor actor, @PathVariable long id) {
		return SuggestionResponse.of(replanning.accept(actor, id), catalog.zone());
	}

	@GetMapping("/evidence")
	@Operation(summary = "Every rule of the catalogue with its source, evidence grade and note")
	List<RuleInfo> evidence() {
		return RuleCatalogue.all();
	}

}
