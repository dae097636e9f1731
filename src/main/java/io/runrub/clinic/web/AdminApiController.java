package io.runrub.clinic.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.ClinicPolicies;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.Modality;
import io.runrub.shared.VisitWish;
import io.runrub.shared.web.SingleLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The clinic's setup, for admins (the security configuration limits /api/v1/admin/** to them). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Clinic administration")
class AdminApiController {

	private static final String HH_MM = "^([01]\\d|2[0-3]):[0-5]\\d$";

	private final ClinicAdministration administration;

	private final ClinicCatalog catalog;

	private final Clock clock;

	private final io.runrub.shared.web.Refusals refusals;

	AdminApiController(ClinicAdministration administration, ClinicCatalog catalog, Clock clock,
			io.runrub.shared.web.Refusals refusals) {
		this.refusals = refusals;
		this.administration = administration;
		this.catalog = catalog;
		this.clock = clock;
	}

	// therapists

	record TherapistRequest(@NotBlank(message = "Enter the therapist's name.") @Size(max = 100) @SingleLine String name,
			@NotBlank(message = "Enter an email for the therapist's login.") @Email @Size(max = 254) String email,
			@NotBlank(message = "Choose a password.") @Size(min = 10, max = 128,
					message = "Choose a password of at least 10 characters.") String password,
			@Size(max = 500) String bio,
			@NotEmpty(message = "Choose at least one modality.") Set<Modality> modalities, Set<VisitWish> offers) {
	}

	record TherapistUpdate(@NotBlank @Size(max = 100) @SingleLine String name, @Size(max = 500) String bio,
			@NotEmpty(message = "Choose at least one modality.") Set<Modality> modalities, Boolean active,
			Set<VisitWish> offers) {
	}

	record TherapistResponse(long id, String name, String bio, Set<Modality> modalities, boolean active,
			List<HoursRow> workingHours, Set<VisitWish> offers) {

		static TherapistResponse of(TherapistView view) {
			return new TherapistResponse(view.id().value(), view.name(), view.bio(), view.modalities(), view.active(),
					view.workingHours().stream().map(HoursRow::of).toList(), view.offers());
		}

	}

	record HoursRow(@NotNull(message = "Give a day of the week.") DayOfWeek dayOfWeek,
			@NotNull @Pattern(regexp = HH_MM, message = "Give times as HH:mm.") String start,
			@NotNull @Pattern(regexp = HH_MM, message = "Give times as HH:mm.") String end) {

		static HoursRow of(WorkingPeriod period) {
			return new HoursRow(period.dayOfWeek(), period.startTime().toString(), period.endTime().toString());
		}

		WorkingPeriod period() {
			return new WorkingPeriod(dayOfWeek, LocalTime.parse(start), LocalTime.parse(end));
		}

	}

	@GetMapping("/therapists")
	List<TherapistResponse> therapists() {
		return catalog.allTherapists().stream().map(TherapistResponse::of).toList();
	}

	@PostMapping("/therapists")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a therapist and their login")
	TherapistResponse createTherapist(@Valid @RequestBody TherapistRequest request) {
		TherapistView created = administration.createTherapist(request.name(), request.email(), request.password(),
				request.bio(), request.modalities());
		if (request.offers() != null && !request.offers().isEmpty()) {
			created = administration.setOffers(created.id(), request.offers());
		}
		return TherapistResponse.of(created);
	}

	@GetMapping("/therapists/{id}")
	TherapistResponse therapist(@PathVariable long id) {
		return TherapistResponse.of(catalog.therapist(TherapistId.of(id)));
	}

	@PutMapping("/therapists/{id}")
	TherapistResponse updateTherapist(@PathVariable long id, @Valid @RequestBody TherapistUpdate request) {
		TherapistView updated = administration.updateTherapist(TherapistId.of(id), request.name(), request.bio(),
				request.modalities(), request.active() == null || request.active());
		if (request.offers() != null) {
			updated = administration.setOffers(updated.id(), request.offers());
		}
		return TherapistResponse.of(updated);
	}

	@GetMapping("/therapists/{id}/working-hours")
	List<HoursRow> workingHours(@PathVariable long id) {
		return catalog.therapist(TherapistId.of(id)).workingHours().stream().map(HoursRow::of).toList();
	}

	@PutMapping("/therapists/{id}/working-hours")
	@Operation(summary = "Replace a therapist's weekly working hours",
			description = "Local times in the clinic's zone; several rows a day; breaks are the gaps.")
	List<HoursRow> setWorkingHours(@PathVariable long id, @Valid @RequestBody List<@Valid HoursRow> rows) {
		return administration.setWorkingHours(TherapistId.of(id), rows.stream().map(HoursRow::period).toList())
			.workingHours()
			.stream()
			.map(HoursRow::of)
			.toList();
	}

	record TimeOffRequest(@NotNull(message = "Give a start.") OffsetDateTime start,
			@NotNull(message = "Give an end.") OffsetDateTime end, @Size(max = 200) @SingleLine String reason,
			@Size(max = 300) @SingleLine String clientMessage,
			@Size(max = 200) List<InTheWayJson.@Valid @NotNull DecisionJson> decisions) {
	}

	record TimeOffResponse(long id, long therapistId, OffsetDateTime start, OffsetDateTime end, String reason) {

		static TimeOffResponse of(TimeOff off, ClinicInfo clinic) {
			return new TimeOffResponse(off.id(), off.therapistId().value(), off.start().atZone(clinic.zone()).toOffsetDateTime(),
					off.end().atZone(clinic.zone()).toOffsetDateTime(), off.reason());
		}

	}

	@PostMapping("/therapists/{id}/time-off")
	@Operation(summary = "Add time off",
			description = "409 with conflicts: [{appointmentId, start, runnerName, proposedStart}] while the "
					+ "therapist has booked appointments in it, unless decisions: [{appointmentId, action: MOVE|CANCEL, "
					+ "moveTo?}] says for each what to do (moved to moveTo or the proposed start; each client gets a "
					+ "message giving clientMessage, or the reason). All or nothing.")
	ResponseEntity<Object> addTimeOff(io.runrub.accounts.Actor actor, @PathVariable long id,
			@Valid @RequestBody TimeOffRequest request) {
		TherapistId therapist = TherapistId.of(id);
		try {
			TimeOff added = administration.addTimeOff(therapist, request.start().toInstant(),
					request.end().toInstant(), request.reason(), InTheWayJson.decisions(request.decisions()),
					request.clientMessage(), actor);
			return ResponseEntity.status(HttpStatus.CREATED).body(TimeOffResponse.of(added, catalog.clinic()));
		}
		catch (io.runrub.shared.DomainException.Conflict ex) {
			if (!ex.code().equals("time-off-over-appointments")) {
				throw ex;
			}
			return InTheWayJson.conflict(ex, refusals, administration.timeOffInTheWay(therapist,
					request.start().toInstant(), request.end().toInstant()), catalog.clinic());
		}
	}

	@GetMapping("/therapists/{id}/time-off")
	List<TimeOffResponse> timeOff(@PathVariable long id) {
		ClinicInfo clinic = catalog.clinic();
		return administration.upcomingTimeOff(TherapistId.of(id), clock.instant())
			.stream()
			.map(off -> TimeOffResponse.of(off, clinic))
			.toList();
	}

	@DeleteMapping("/therapists/{id}/time-off/{timeOffId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeTimeOff(@PathVariable long id, @PathVariable long timeOffId) {
		administration.removeTimeOff(TherapistId.of(id), timeOffId);
	}

	// services

	record ServiceRequest(@NotBlank(message = "Name the service.") @Size(max = 100) @SingleLine String name,
			@NotNull(message = "Choose a modality.") Modality modality,
			@NotNull @Min(5) @Max(480) Integer durationMinutes, @NotNull @Min(0) Integer priceCents,
			@Min(0) @Max(120) Integer bufferBeforeMinutes, @Min(0) @Max(120) Integer bufferAfterMinutes,
			Boolean active, Boolean roomRequired, @Size(max = MassageService.MAX_DESCRIPTION) String description) {

		ClinicAdministration.ServiceDetails details() {
			return new ClinicAdministration.ServiceDetails(name, modality, durationMinutes, priceCents,
					bufferBeforeMinutes == null ? 0 : bufferBeforeMinutes,
					bufferAfterMinutes == null ? 0 : bufferAfterMinutes, active == null || active,
					Boolean.TRUE.equals(roomRequired), description);
		}

	}

	/** A service as the API shows it: the price in minor units of the clinic's currency. */
	record ServiceResponse(long id, String name, Modality modality, int durationMinutes, long priceCents,
			int bufferBeforeMinutes, int bufferAfterMinutes, boolean active, boolean roomRequired, String description) {

		static ServiceResponse of(MassageService service) {
			return new ServiceResponse(service.id().value(), service.name(), service.modality(),
					service.durationMinutes(), service.price().minorUnits(), service.bufferBeforeMinutes(),
					service.bufferAfterMinutes(), service.active(), service.roomRequired(), service.description());
		}

	}

	@GetMapping("/services")
	List<ServiceResponse> services() {
		return catalog.allServices().stream().map(ServiceResponse::of).toList();
	}

	@PostMapping("/services")
	@ResponseStatus(HttpStatus.CREATED)
	ServiceResponse createService(@Valid @RequestBody ServiceRequest request) {
		return ServiceResponse.of(administration.createService(request.details()));
	}

	@PutMapping("/services/{id}")
	ServiceResponse updateService(@PathVariable long id, @Valid @RequestBody ServiceRequest request) {
		return ServiceResponse.of(administration.updateService(ServiceId.of(id), request.details()));
	}

	// clinic and policies

	/** The fees are optional: left out, they stay as they are. */
	record PoliciesRequest(@NotNull @Min(0) @Max(10080) Integer minNoticeMinutes,
			@NotNull @Min(1) @Max(730) Integer maxDaysAhead, @NotNull @Min(0) @Max(720) Integer cancellationCutoffHours,
			@Min(0) @Max(ClinicPolicies.MAX_FEE_CENTS) Long lateCancelFeeCents,
			@Min(0) @Max(ClinicPolicies.MAX_FEE_CENTS) Long noShowFeeCents) {
	}

	record ClinicResponse(String name, String address, String timeZone, String currency, long minNoticeMinutes,
			int maxDaysAhead, long cancellationCutoffHours, long lateCancelFeeCents, long noShowFeeCents) {

		static ClinicResponse of(ClinicInfo clinic) {
			return new ClinicResponse(clinic.name(), clinic.address(), clinic.zone().getId(),
					clinic.currency().getCurrencyCode(), clinic.policies().minNotice().toMinutes(),
					clinic.policies().maxDaysAhead(), clinic.policies().cancellationCutoff().toHours(),
					clinic.policies().lateCancelFeeCents(), clinic.policies().noShowFeeCents());
		}

	}

	record ClinicRequest(@NotBlank @Size(max = 120) @SingleLine String name, @NotNull @Size(max = 300) String address,
			@NotBlank String timeZone, @NotBlank @Pattern(regexp = "^[A-Z]{3}$") String currency) {
	}

	@GetMapping({ "/clinic", "/policies" })
	ClinicResponse clinic() {
		return ClinicResponse.of(catalog.clinic());
	}

	@PutMapping("/policies")
	@Operation(summary = "Set minimum notice, maximum days ahead, the cancellation cutoff and the late-cancellation and no-show fees")
	ClinicResponse setPolicies(@Valid @RequestBody PoliciesRequest request) {
		ClinicInfo clinic = catalog.clinic();
		administration.updateClinic(new ClinicAdministration.ClinicDetails(clinic.name(), clinic.address(),
				clinic.zone().getId(), clinic.currency().getCurrencyCode(), request.minNoticeMinutes(),
				request.maxDaysAhead(), request.cancellationCutoffHours(), request.lateCancelFeeCents(),
				request.noShowFeeCents()));
		return ClinicResponse.of(catalog.clinic());
	}

	@PutMapping("/clinic")
	@Operation(summary = "Set the clinic's name, address, time zone and currency")
	ClinicResponse setClinic(@Valid @RequestBody ClinicRequest request) {
		ClinicInfo clinic = catalog.clinic();
		administration.updateClinic(new ClinicAdministration.ClinicDetails(request.name(), request.address(),
				request.timeZone(), request.currency(), (int) clinic.policies().minNotice().toMinutes(),
				clinic.policies().maxDaysAhead(), (int) clinic.policies().cancellationCutoff().toHours()));
		return ClinicResponse.of(catalog.clinic());
	}

}
