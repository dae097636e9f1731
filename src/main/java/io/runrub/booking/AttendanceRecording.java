package io.runrub.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records whether a runner came to an appointment that has started: its own therapist or an admin marks it attended
 * or a no-show, once (a second, different answer is refused, so that a fee once charged is never silently
 * contradicted). Publishes {@link AttendanceRecorded} in the same transaction, with the clinic's no-show fee at that
 * moment.
 */
@Component
public class AttendanceRecording {

	private final AppointmentCalendar calendar;

	private final Appointments appointments;

	private final ClinicCatalog catalog;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AttendanceRecording(AppointmentCalendar calendar, Appointments appointments, ClinicCatalog catalog,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.calendar = calendar;
		this.appointments = appointments;
		this.catalog = catalog;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Records the runner's attendance; recording the same answer again changes nothing.
	 * @throws DomainException.NotFound for anyone who cannot see the appointment
	 * @throws DomainException.Forbidden for its runner
	 * @throws DomainException.RuleViolation before it starts, or for a cancelled appointment
	 * @throws DomainException.Conflict if the other answer was recorded before
	 */
	public AttendanceRecord record(AppointmentId appointmentId, Attendance attendance, Actor actor) {
		if (attendance == null) {
			throw DomainException.refused("attendance-missing");
		}
		Instant now = clock.instant();
		long noShowFee = catalog.clinic().policies().noShowFeeCents();
		return transactions.execute(status -> {
			Appointment appointment = calendar.visible(appointmentId, actor);
			if (!actor.isAdmin() && !actor.is(Role.THERAPIST)) {
				throw DomainException.forbidden("attendance-not-yours");
			}
			appointment.checkAttendanceRecordableAt(now);
			if (appointments.recordAttendance(appointmentId, attendance, now)) {
				events.publishEvent(new AttendanceRecorded(appointment.id(), appointment.runnerId(),
						appointment.therapistId(), appointment.serviceId(), appointment.start(), attendance, now,
						attendance == Attendance.NO_SHOW ? noShowFee : 0));
				return new AttendanceRecord(attendance, false);
			}
			AttendanceRecord recorded = appointments.attendance(java.util.List.of(appointmentId))
				.getOrDefault(appointmentId, AttendanceRecord.NONE);
			if (recorded.attendance() != attendance) {
				throw DomainException.conflict("attendance-already-recorded");
			}
			return recorded;
		});
	}

	/** What was recorded of each of these appointments (those with nothing recorded map to {@link AttendanceRecord#NONE}). */
	public Map<AppointmentId, AttendanceRecord> of(Collection<AppointmentId> appointmentIds) {
		return appointments.attendance(appointmentIds);
	}

	/** A runner's attendance over all their appointments (for their therapist's brief and the clinic). */
	public AttendanceSummary summary(RunnerId runnerId) {
		return appointments.attendanceSummary(runnerId);
	}

}
