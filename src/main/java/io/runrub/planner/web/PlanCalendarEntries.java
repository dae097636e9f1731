package io.runrub.planner.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.plan.PlanGeneration;
import io.runrub.planner.plan.PlannedMassage;
import io.runrub.training.spi.CalendarEntries;

import org.springframework.stereotype.Component;

/**
 * The massages of the training calendar: every booked appointment (from the plan or booked by hand) with its time,
 * and every planned massage of the plan that is not booked yet.
 */
@Component
class PlanCalendarEntries implements CalendarEntries {

	private final PlanOfTheRequest plan;

	private final AppointmentCalendar appointments;

	private final ClinicCatalog catalog;

	PlanCalendarEntries(PlanOfTheRequest plan, AppointmentCalendar appointments, ClinicCatalog catalog) {
		this.plan = plan;
		this.appointments = appointments;
		this.catalog = catalog;
	}

	@Override
	public List<Massage> massages(RunnerId runner, LocalDate from, LocalDate to) {
		List<Massage> massages = new ArrayList<>();
		List<AppointmentView> booked = appointments.forRunner(runner)
			.stream()
			.filter(AppointmentView::isBooked)
			.filter(appointment -> within(appointment.start().toLocalDate(), from, to))
			.toList();
		booked.forEach(appointment -> massages.add(new Massage(appointment.start().toLocalDate(),
				appointment.start().toLocalTime(), appointment.modality(), appointment.durationMinutes(), true,
				appointment.therapistName())));
		plan.current(runner)
			.map(PlanGeneration.PlanView::massages)
			.orElse(List.of())
			.stream()
			.filter(massage -> !massage.isBooked())
			.filter(massage -> within(massage.date(), from, to))
			.forEach(massage -> massages.add(new Massage(massage.date(), null, massage.modality(),
					massage.durationMinutes(), false, therapistName(massage))));
		massages.sort(Comparator.comparing(Massage::date)
			.thenComparing(massage -> massage.start() == null ? java.time.LocalTime.MAX : massage.start()));
		return massages;
	}

	private String therapistName(PlannedMassage massage) {
		return massage.therapistId() == null ? null
				: catalog.allTherapists()
					.stream()
					.filter(therapist -> therapist.id().equals(massage.therapistId()))
					.map(TherapistView::name)
					.findFirst()
					.orElse(null);
	}

	private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

}
