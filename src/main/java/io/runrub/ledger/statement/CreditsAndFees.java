package io.runrub.ledger.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import io.runrub.booking.AppointmentBooked;
import io.runrub.booking.AppointmentCancelled;
import io.runrub.booking.Attendance;
import io.runrub.booking.AttendanceRecorded;
import io.runrub.clinic.ClinicCatalog;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What booking's events cost or give back.
 * <ul>
 * <li>A booking uses a credit of its service if the runner has one valid on its day, in the booking's own
 * transaction (a plain, synchronous listener): if the booking rolls back, so does the credit's use, and the
 * conditional update in {@link Ledger#useOne} keeps two bookings from using one credit.</li>
 * <li>A cancellation in time gives the credit back. A late cancellation or a no-show does not: the credit it used is
 * forfeit, and stands for the fee. Without a credit, each is charged the clinic's fee as it was when it happened,
 * if the fee is above 0.</li>
 * </ul>
 * Those two are durable listeners: each writes once, however often it runs (the entries' keys, the returned mark).
 */
@Component
class CreditsAndFees {

	private final Ledger ledger;

	private final ClinicCatalog catalog;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	CreditsAndFees(Ledger ledger, ClinicCatalog catalog, MessageSourceAccessor messages, Clock clock) {
		this.ledger = ledger;
		this.catalog = catalog;
		this.messages = messages;
		this.clock = clock;
	}

	@EventListener
	void on(AppointmentBooked booked) {
		ZoneId zone = catalog.clinic().zone();
		ledger.useOne(booked.runnerId(), booked.serviceId(), LocalDate.ofInstant(booked.start(), zone),
				booked.appointmentId(), booked.start(), clock.instant());
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		if (!cancelled.late()) {
			ledger.giveBack(cancelled.appointmentId(), clock.instant());
			return;
		}
		if (cancelled.lateCancelFeeCents() > 0 && !ledger.creditPaidFor(cancelled.appointmentId())) {
			ledger.write(cancelled.runnerId(), clock.instant(), EntryKind.CHARGE,
					messages.getMessage("ledger.entry.lateCancel", new Object[] { when(cancelled.start()) }, Locale.UK),
					cancelled.lateCancelFeeCents(), "late-cancel:" + cancelled.appointmentId().value());
		}
	}

	@ApplicationModuleListener
	void on(AttendanceRecorded recorded) {
		if (recorded.attendance() != Attendance.NO_SHOW || recorded.noShowFeeCents() <= 0
				|| ledger.creditPaidFor(recorded.appointmentId())) {
			return;
		}
		ledger.write(recorded.runnerId(), recorded.recordedAt(), EntryKind.CHARGE,
				messages.getMessage("ledger.entry.noShow", new Object[] { when(recorded.start()) }, Locale.UK),
				recorded.noShowFeeCents(), "no-show:" + recorded.appointmentId().value());
	}

	private String when(java.time.Instant start) {
		return AccountStatements.WHEN.format(start.atZone(catalog.clinic().zone()));
	}

}
