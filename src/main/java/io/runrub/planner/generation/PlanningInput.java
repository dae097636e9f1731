package io.runrub.planner.generation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.runrub.booking.AppointmentId;
import io.runrub.clinic.ServiceId;
import io.runrub.clinic.TherapistId;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;

/**
 * Everything a plan is made from, gathered beforehand so that making the plan is a pure function.
 * @param stopAnswers the texts of stop answers in the runner's intake (empty when none)
 * @param restrictions the texts of restriction answers
 * @param spikeDays days with a spike in load
 * @param peakWeeks Mondays of weeks whose load is well above the runner's usual
 * @param booked massages already booked in the horizon
 * @param services what the clinic sells, priced in its currency (as is the runner's budget)
 * @param days the runner's training calendar: when it holds training, it sets how often (else the profile does)
 * @param longEfforts completed marathons and ultras (a marathon or more, or 3½ hours or more), recent and in the
 * horizon: the next massage after each asks the post-effort health question again
 */
public record PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
		List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
		Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
		List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
		boolean homeworkWithoutImprovement, List<LongEffort> longEfforts) {

	public PlanningInput {
		longEfforts = longEfforts == null ? List.of() : List.copyOf(longEfforts);
	}

	/** Without long efforts. */
	public PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
			List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
			Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
			List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
			boolean homeworkWithoutImprovement) {
		this(today, from, to, profile, stopAnswers, restrictions, days, races, spikeDays, peakWeeks, services,
				therapists, booked, recurringPainAreas, homeworkWithoutImprovement, List.of());
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

	/** A therapist and what they offer. */
	public record TherapistOption(TherapistId id, String name, Set<Modality> modalities) {
	}

	/** A massage the runner has already booked. */
	public record BookedMassage(AppointmentId appointmentId, LocalDate date, Modality modality, Money price) {
	}

}
