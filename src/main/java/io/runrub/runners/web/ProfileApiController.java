package io.runrub.runners.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import io.runrub.accounts.Actor;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.runners.AvailableTime;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.VisitPreferences;
import io.runrub.shared.BodyArea;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.shared.VisitWish;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in runner's own profile. There is deliberately no endpoint with a runner's id: a runner can only ever
 * read and write their own.
 */
@RestController
@RequestMapping("/api/v1/me/profile")
@Tag(name = "Runner profile")
class ProfileApiController {

	private final ProfileKeeping profiles;

	private final ClinicCatalog catalog;

	ProfileApiController(ProfileKeeping profiles, ClinicCatalog catalog) {
		this.profiles = profiles;
		this.catalog = catalog;
	}

	record ComplaintJson(@NotNull(message = "Choose the body area.") BodyArea area,
			@NotNull(message = "Choose what it is, such as TIGHTNESS or PAIN.") ComplaintKind kind,
			@NotNull(message = "Say roughly when it started (a date).") LocalDate since,
			@NotNull(message = "Rate it from 0 to 10.") @Min(value = 0, message = "Rate it from 0 to 10.") @Max(
					value = 10, message = "Rate it from 0 to 10.") Integer severity) {

		Complaint complaint() {
			return new Complaint(area, kind, since, severity);
		}

		static ComplaintJson of(Complaint complaint) {
			return new ComplaintJson(complaint.area(), complaint.kind(), complaint.since(), complaint.severity());
		}

	}

	/** A time in the week the runner can come, in the clinic's local time ("18:00"). */
	record AvailabilityJson(
			@NotNull(message = "Choose a day: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY or SUNDAY.") DayOfWeek dayOfWeek,
			@NotNull(message = "Give the time you can come from, as HH:mm.") @Pattern(regexp = HH_MM,
					message = "Give the time you can come from as HH:mm, such as 18:00.") String from,
			@NotNull(message = "Give the time you can stay until, as HH:mm.") @Pattern(regexp = HH_MM,
					message = "Give the time you can stay until as HH:mm, such as 21:00.") String to) {

		AvailableTime time() {
			return new AvailableTime(dayOfWeek, LocalTime.parse(from), LocalTime.parse(to));
		}

		static AvailabilityJson of(AvailableTime time) {
			return new AvailabilityJson(time.dayOfWeek(), time.from().toString(), time.to().toString());
		}

	}

	private static final String HH_MM = "^([01]\\d|2[0-3]):[0-5]\\d$";

	/** The profile as it is sent and returned. Absent goals, complaints or availability mean none. */
	record ProfileJson(
			@NotNull(message = "Say how many days a week you train, from 0 to 7.") @Min(value = 0,
					message = "From 0 to 7 days a week.") @Max(value = 7,
							message = "From 0 to 7 days a week.") Integer trainingDaysPerWeek,
			@NotNull(message = "Choose BEGINNER, RECREATIONAL or COMPETITIVE.") Level level,
			@NotNull(message = "Choose LIGHT, MEDIUM, FIRM or DEEP.") Pressure pressureTolerance,
			Set<@NotNull(message = "Choose RELAXATION, MAINTENANCE or PROBLEM_AREA.") Goal> goals,
			@NotNull(message = "Give your monthly budget in cents (0 if none).") @Min(value = 0,
					message = "The budget cannot be negative.") Integer monthlyBudgetCents,
			@Positive(message = "Give a therapist's id, or leave it out for no preference.") Long preferredTherapistId,
			@Size(max = 20, message = "List at most 20 complaints.") List<@NotNull(
					message = "A complaint cannot be empty.") @Valid ComplaintJson> complaints,
			@Size(max = 21, message = "List at most 21 times in the week (3 a day).") List<@NotNull(
					message = "A time in the week cannot be empty.") @Valid AvailabilityJson> availability,
			Set<@NotNull(message = "Choose TALK_RUNNING, TRAINING_PROGRAMME, TECHNIQUE or QUIET.") VisitWish> wants,
			Set<@NotNull(message = "Choose SWEDISH, DEEP_TISSUE, ART, SPORTS or MOVEMENT_ASSESSMENT.") Modality> preferredModalities,
			Integer preferredMinutes,
			@Size(max = 10, message = "List at most 10 therapists to avoid.") Set<@NotNull(
					message = "Give a therapist's id.") @Positive(message = "Give a therapist's id.") Long> avoidTherapistIds) {

		RunnerProfile profile(Currency currency) {
			return new RunnerProfile(trainingDaysPerWeek, level, pressureTolerance, goals,
					new Money(monthlyBudgetCents, currency),
					preferredTherapistId == null ? null : TherapistId.of(preferredTherapistId),
					complaints == null ? List.of() : complaints.stream().map(ComplaintJson::complaint).toList(),
					availability == null ? List.of() : availability.stream().map(AvailabilityJson::time).toList(),
					new VisitPreferences(wants, preferredModalities, preferredMinutes,
							avoidTherapistIds == null ? Set.of()
									: avoidTherapistIds.stream()
										.map(TherapistId::of)
										.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new))));
		}

		static ProfileJson of(RunnerProfile profile) {
			return new ProfileJson(profile.trainingDaysPerWeek(), profile.level(), profile.pressureTolerance(),
					profile.goals(), Math.toIntExact(profile.monthlyBudget().minorUnits()),
					profile.preferredTherapistId() == null ? null : profile.preferredTherapistId().value(),
					profile.complaints().stream().map(ComplaintJson::of).toList(),
					profile.availability().stream().map(AvailabilityJson::of).toList(), profile.visit().wants(),
					profile.visit().preferredModalities(), profile.visit().preferredMinutes(),
					profile.visit()
						.avoidTherapistIds()
						.stream()
						.map(TherapistId::value)
						.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
		}

	}

	@GetMapping
	@Operation(summary = "Your runner profile",
			description = "404 until you have saved one: RunRub does not guess your training, tolerance or budget.")
	ProfileJson profile(Actor actor) {
		return profiles.find(actor.runnerId())
			.map(ProfileJson::of)
			.orElseThrow(() -> DomainException.notFound("profile-missing"));
	}

	@PutMapping
	@Operation(summary = "Save your whole runner profile",
			description = "Replaces the profile, goals and complaints. 400 with field errors for missing or "
					+ "out-of-range values; 422 when a rule is broken (a complaint dated in the future, a therapist "
					+ "who is not taking bookings, a budget over the limit, times in the week that end before they "
					+ "start or overlap, more than 3 a day). availability: [{dayOfWeek, from, to}] in the clinic's "
					+ "local time; absent or empty means whenever the clinic is open.")
	ProfileJson save(Actor actor, @Valid @RequestBody ProfileJson request) {
		return ProfileJson.of(profiles.save(actor.runnerId(), request.profile(catalog.clinic().currency())));
	}

}
