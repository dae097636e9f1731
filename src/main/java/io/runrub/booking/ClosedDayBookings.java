package io.runrub.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClosureConflicts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the clinic which booked appointments stand in the way of closing a day. */
@Component
@Transactional(readOnly = true)
class ClosedDayBookings implements ClosureConflicts {

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	ClosedDayBookings(AppointmentCalendar calendar, ClinicCatalog catalog) {
		this.calendar = calendar;
		this.catalog = catalog;
	}

	@Override
	public List<BookedOnDay> bookedOn(LocalDate day) {
		ZoneId zone = catalog.zone();
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		return calendar.between(from, to)
			.stream()
			.filter(AppointmentView::isBooked)
			.filter(appointment -> appointment.start().toLocalDate().equals(day))
			.map(appointment -> new BookedOnDay(appointment.id().value(), appointment.start().toInstant(),
					appointment.runnerName()))
			.toList();
	}

}
