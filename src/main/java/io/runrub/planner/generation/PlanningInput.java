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
 * @param stopAnswers the ids of the stop questions the runner answered "yes" (empty when none)
 * @param restrictions the ids of the restriction questions answered "yes"
 * @param spikeDays days with a spike in load
 * @param peakWeeks Mondays of weeks whose load is well above the runner's usual
 * @param booked massages already booked in the horizon
 * @param services what the clinic sells, priced in its currency (as is the runner's budget)
 */
public record PlanningInput(LocalDate today, LocalDate from, LocalDate to, RunnerProfile profile,
		List<String> stopAnswers, List<String> restrictions, List<TrainingDay> days, List<RaceDay> races,
		Set<LocalDate> spikeDays, Set<LocalDate> peakWeeks, List<ServiceOption> services,
		List<TherapistOption> therapists, List<BookedMassage> booked, Set<BodyArea> recurringPainAreas,
		boolean homeworkWithoutImprovement) {

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
