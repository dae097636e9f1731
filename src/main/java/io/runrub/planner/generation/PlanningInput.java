package io.runrub.planner.generation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;

/**
 * Everything a plan is made from, gathered beforehand so that making the plan is a pure function.
 * @param stopAnswers the ids of the stop questions the runner answered "yes" (empty when none)
 * @param restrictions the ids of the restriction questions answered "yes"
 * @param spikeDays days with a spike in load
 * @param peakWeeks Mondays of weeks whose load is well above the runner's usual
 * @param booked massages already booked in the horizon
 * @param services what the clinic sells, priced in its currency (as is the runner's budget)
 * @param closedDays the days the clinic is closed (bank holidays, closures) in the horizon
 * @param existing every appointment the runner has (booked, not cancelled) from eight weeks before the month the
 *        horizon starts in to its end, whether or not it came from a plan: it counts toward frequency and budget
 * @param days the runner's training calendar: when it holds training, it sets how often (else the profile does)
 * @param longEfforts completed marathons and ultras (a marathon or more, or 3½ hours or more), recent and in the
 * horizon: the next massage after each asks the post-effort health question again
 * @param prepaid the sessions the runner's packages still pay for (credits left, by service and expiry): a planned
 * massage of that service on or before the expiry takes one and costs the monthly budget nothing
 */
public record PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
		List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
		Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
		List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
		boolean homeworkWithoutImprovement, Set<LocalDate> closedDays, List<BookedMassage> existing,
		List<LongEffort> longEfforts, List<Prepaid> prepaid) {

	public PlanningInput {
		closedDays = closedDays == null ? Set.of() : Set.copyOf(closedDays);
		existing = existing == null ? List.of() : List.copyOf(existing);
		longEfforts = longEfforts == null ? List.of() : List.copyOf(longEfforts);
		prepaid = prepaid == null ? List.of() : List.copyOf(prepaid);
	}

	/** Without package credits. */
	public PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
			List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
			Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
			List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
			boolean homeworkWithoutImprovement, Set<LocalDate> closedDays, List<BookedMassage> existing,
			List<LongEffort> longEfforts) {
		this(today, from, to, profile, stopAnswers, restrictions, days, races, spikeDays, peakWeeks, services,
				therapists, booked, recurringPainAreas, homeworkWithoutImprovement, closedDays, existing, longEfforts,
				List.of());
	}

	/** Without long efforts. */
	public PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
			List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
			Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
			List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
			boolean homeworkWithoutImprovement, Set<LocalDate> closedDays, List<BookedMassage> existing) {
		this(today, from, to, profile, stopAnswers, restrictions, days, races, spikeDays, peakWeeks, services,
				therapists, booked, recurringPainAreas, homeworkWithoutImprovement, closedDays, existing, List.of());
	}

	/** Without the clinic's closed days or the runner's other appointments. */
	public PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
			List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
			Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
			List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
			boolean homeworkWithoutImprovement, List<LongEffort> longEfforts) {
		this(today, from, to, profile, stopAnswers, restrictions, days, races, spikeDays, peakWeeks, services,
				therapists, booked, recurringPainAreas, homeworkWithoutImprovement, Set.of(), List.of(), longEfforts);
	}

	/** An input without the clinic's closed days, the runner's other appointments or long efforts. */
	public PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
			List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
			Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
			List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
			boolean homeworkWithoutImprovement) {
		this(today, from, to, profile, stopAnswers, restrictions, days, races, spikeDays, peakWeeks, services,
				therapists, booked, recurringPainAreas, homeworkWithoutImprovement, Set.of(), List.of(), List.of());
	}

	/** The same input with the clinic's closed days and the runner's other appointments. */
	public PlanningInput with(Set<LocalDate> closed, List<BookedMassage> others) {
		return new PlanningInput(today, from, to, profile, stopAnswers, restrictions, days, races, spikeDays,
				peakWeeks, services, therapists, booked, recurringPainAreas, homeworkWithoutImprovement, closed,
				others, longEfforts, prepaid);
	}

	/** The same input with the sessions the runner's packages still pay for. */
	public PlanningInput withPrepaid(List<Prepaid> credits) {
		return new PlanningInput(today, from, to, profile, stopAnswers, restrictions, days, races, spikeDays,
				peakWeeks, services, therapists, booked, recurringPainAreas, homeworkWithoutImprovement, closedDays,
				existing, longEfforts, credits);
	}

	/** Sessions of a service a package has paid for, still to use, valid until the end of {@code expiresOn}. */
	public record Prepaid(ServiceId serviceId, int left, LocalDate expiresOn) {
	}

	/**
	 * A completed marathon or ultra.
	 * @param what a few words for it, e.g. "a 4-hour run"
	 */
	public record LongEffort(LocalDate date, String what) {
	}

	/** A service the clinic sells. */
	public record ServiceOption(ServiceId serviceId, Modality modality, int minutes, Money price) {
	}

	/**
	 * A therapist, what they offer and when they work.
	 * @param hours weekly working hours in the clinic's local time; null when not known (any time)
	 * @param away time off, in the clinic's local time
	 */
	public record TherapistOption(TherapistId id, String name, Set<Modality> modalities, List<WorkingPeriod> hours,
			List<Away> away, Set<io.runrub.shared.VisitWish> offers) {

		public TherapistOption {
			away = away == null ? List.of() : List.copyOf(away);
			offers = offers == null ? Set.of() : Set.copyOf(offers);
		}

		/** A therapist who offers nothing beyond modalities. */
		public TherapistOption(TherapistId id, String name, Set<Modality> modalities, List<WorkingPeriod> hours,
				List<Away> away) {
			this(id, name, modalities, hours, away, Set.of());
		}

		/** A therapist whose hours are not known: any day, any time. */
		public TherapistOption(TherapistId id, String name, Set<Modality> modalities) {
			this(id, name, modalities, null, List.of());
		}

	}

	/** Time off of a therapist, from start to end in the clinic's local time. */
	public record Away(LocalDateTime start, LocalDateTime end) {
	}

	/** A massage the runner has already booked. */
	public record BookedMassage(AppointmentId appointmentId, LocalDate date, Modality modality, Money price) {
	}

}
