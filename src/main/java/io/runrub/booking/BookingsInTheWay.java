package io.runrub.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.clinic.AppointmentsInTheWay;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClosureConflicts;
import io.runrub.clinic.TherapistId;
import io.runrub.shared.DomainException;
import io.runrub.shared.TimeWindow;

import org.springframework.stereotype.Component;

/**
 * Tells the clinic which booked appointments stand in the way of a therapist's time off, proposes where to move
 * them, and moves or cancels them as the admin decided, each through {@link AppointmentBooking} (so the no-overlap
 * guarantee and the client's message are those of any move or cancellation by the clinic).
 */
@Component
class BookingsInTheWay implements AppointmentsInTheWay {

	/** How far ahead a move is proposed. */
	static final int PROPOSAL_DAYS = 14;

	private final AppointmentCalendar calendar;

	private final AppointmentBooking booking;

	private final Availability availability;

	private final Appointments appointments;

	private final ClinicCatalog catalog;

	BookingsInTheWay(AppointmentCalendar calendar, AppointmentBooking booking, Availability availability,
			Appointments appointments, ClinicCatalog catalog) {
		this.calendar = calendar;
		this.booking = booking;
		this.availability = availability;
		this.appointments = appointments;
		this.catalog = catalog;
	}

	@Override
	public List<ClosureConflicts.BookedOnDay> bookedWith(TherapistId therapistId, Instant from, Instant to) {
		return calendar.forTherapist(therapistId, from, to)
			.stream()
			.filter(AppointmentView::isBooked)
			.filter(a -> a.start().toInstant().isBefore(to) && a.end().toInstant().isAfter(from))
			.map(a -> new ClosureConflicts.BookedOnDay(a.id().value(), a.start().toInstant(), a.runnerName()))
			.toList();
	}

	@Override
	public Map<Long, Instant> proposedMoves(List<Long> appointmentIds, Instant notBefore) {
		ZoneId zone = catalog.zone();
		LocalDate first = LocalDate.ofInstant(notBefore, zone);
		Map<Long, Instant> proposals = new HashMap<>();
		Map<TherapistId, List<TimeWindow>> taken = new HashMap<>();
		for (Long id : appointmentIds) {
			Appointment appointment = appointments.findById(AppointmentId.of(id)).orElse(null);
			if (appointment == null || !appointment.isBooked()) {
				continue;
			}
			List<Slot> slots;
			try {
				slots = availability.slots(appointment.serviceId(), first, first.plusDays(PROPOSAL_DAYS),
						appointment.therapistId());
			}
			catch (DomainException ex) {
				continue; // a withdrawn service or therapist: nothing to propose, the admin cancels or chooses
			}
			List<TimeWindow> mine = taken.computeIfAbsent(appointment.therapistId(), t -> new ArrayList<>());
			for (Slot slot : slots) {
				TimeWindow window = new TimeWindow(slot.start(), slot.start().plus(appointment.length()));
				if (!slot.start().isBefore(notBefore) && mine.stream().noneMatch(window::overlaps)) {
					proposals.put(id, slot.start());
					mine.add(window);
					break;
				}
			}
		}
		return proposals;
	}

	@Override
	public void apply(List<Decision> decisions, Map<Long, Instant> proposals, String reason, Actor admin) {
		for (Decision decision : decisions) {
			AppointmentId id = AppointmentId.of(decision.appointmentId());
			if (decision.action() == Action.CANCEL) {
				booking.cancel(id, admin, reason);
			}
			else {
				Instant to = decision.moveTo() != null ? decision.moveTo() : proposals.get(decision.appointmentId());
				booking.reschedule(id, to, admin, reason);
			}
		}
	}

}
