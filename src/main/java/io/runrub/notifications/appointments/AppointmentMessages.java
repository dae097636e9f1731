package io.runrub.notifications.appointments;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooked;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentCancelled;
import io.runrub.booking.AppointmentId;
import io.runrub.booking.AppointmentRescheduled;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicContact;
import io.runrub.clinic.ClinicContacts;
import io.runrub.clinic.ClinicInfo;
import io.runrub.notifications.MessageKind;
import io.runrub.notifications.NotificationProperties;
import io.runrub.notifications.outbox.Draft;
import io.runrub.notifications.outbox.MailTemplates;
import io.runrub.notifications.outbox.Outbox;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells runners about their appointments: a confirmation with the calendar file when they book, a notice when it is
 * moved or cancelled (saying whether they or the clinic did it, and the clinic's reason), and a reminder {@code reminder-before} its start.
 * Each listener writes to the outbox in its own transaction, which the event publication registry completes only
 * when it commits: an event whose listener did not finish is handled again, and the outbox's unique keys make that
 * harmless.
 *
 * <p>
 * A reminder is keyed by appointment and start: a moved appointment gets one for its new time (the reminder for the
 * old time is dropped, and comes back if the appointment moves back to it), and never two for one time. An appointment booked or moved to a time closer than the
 * reminder lead gets none: its confirmation or change notice, just sent, says the same.
 */
@Component
class AppointmentMessages {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm z", Locale.UK);

	private final Outbox outbox;

	private final MailTemplates templates;

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	private final AccountDirectory accounts;

	private final ClinicContacts contacts;

	private final NotificationProperties properties;

	private final Clock clock;

	AppointmentMessages(Outbox outbox, MailTemplates templates, AppointmentCalendar calendar, ClinicCatalog catalog,
			AccountDirectory accounts, ClinicContacts contacts, NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.calendar = calendar;
		this.catalog = catalog;
		this.accounts = accounts;
		this.contacts = contacts;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		Optional<Context> found = context(booked.appointmentId(), booked.runnerId());
		if (found.isEmpty()) {
			return;
		}
		Context context = found.get();
		Map<String, Object> model = context.model();
		model.put("price", catalog.service(booked.serviceId()).price().format(Locale.UK));
		model.put("cutoffHours", context.clinic().policies().cancellationCutoff().toHours());
		model.put("fees", context.clinic().chargesFees());
		model.put("lateFee", context.clinic().lateCancelFee().format(Locale.UK));
		model.put("noShowFee", context.clinic().noShowFee().format(Locale.UK));
		Draft.Mail mail = templates.write("booking-confirmed", "notifications.subject.booked",
				new Object[] { context.appointment().serviceName(), context.when() }, model);
		Instant now = clock.instant();
		// one calendar file for the confirmation and the reminder: the same appointment, read once
		String ics = calendar.calendarFile(context.appointment());
		outbox.enqueue(Draft
			.now("booked:" + booked.appointmentId().value(), MessageKind.BOOKING_CONFIRMED, about(booked.appointmentId()),
					context.runner().email(), mail, now)
			.attaching("appointment.ics", ics));
		remind(context, now, ics);
	}

	@ApplicationModuleListener
	void on(AppointmentRescheduled moved) {
		Optional<Context> found = context(moved.appointmentId(), moved.runnerId());
		if (found.isEmpty()) {
			return;
		}
		Context context = found.get();
		Map<String, Object> model = context.model();
		model.put("byClinic", moved.changedBy() == Role.ADMIN);
		model.put("reason", moved.changedBy() == Role.ADMIN ? moved.reason() : null);
		model.put("previously", WHEN.format(moved.previousStart().atZone(context.clinic().zone())));
		// the time of the event, not the appointment's time now: a later move sends its own notice
		model.put("when", WHEN.format(moved.start().atZone(context.clinic().zone())));
		Draft.Mail mail = templates.write("appointment-moved", "notifications.subject.moved",
				new Object[] { context.appointment().serviceName(), model.get("when") }, model);
		Instant now = clock.instant();
		String ics = calendar.calendarFile(context.appointment());
		outbox.enqueue(Draft
			.now("moved:" + moved.appointmentId().value() + ":" + moved.sequence() + ":"
					+ moved.start().getEpochSecond(), MessageKind.APPOINTMENT_MOVED, about(moved.appointmentId()),
					context.runner().email(), mail, now)
			.attaching("appointment.ics", ics));
		remind(context, now, ics);
	}

	@ApplicationModuleListener
	void on(AppointmentCancelled cancelled) {
		Optional<Context> found = context(cancelled.appointmentId(), cancelled.runnerId());
		if (found.isEmpty()) {
			return;
		}
		Context context = found.get();
		outbox.drop(MessageKind.REMINDER, about(cancelled.appointmentId()), null, "Not sent: the appointment was cancelled");
		Map<String, Object> model = context.model();
		model.put("byClinic", cancelled.changedBy() == Role.ADMIN);
		model.put("reason", cancelled.changedBy() == Role.ADMIN ? cancelled.reason() : null);
		model.put("when", WHEN.format(cancelled.start().atZone(context.clinic().zone())));
		Draft.Mail mail = templates.write("appointment-cancelled", "notifications.subject.cancelled",
				new Object[] { context.appointment().serviceName(), model.get("when") }, model);
		outbox.enqueue(Draft
			.now("cancelled:" + cancelled.appointmentId().value(), MessageKind.APPOINTMENT_CANCELLED,
					about(cancelled.appointmentId()), context.runner().email(), mail, clock.instant())
			.attaching("appointment.ics", calendar.calendarFile(context.appointment())));
	}

	/**
	 * Queues the reminder for the appointment's current start, due {@code reminder-before} it and worth sending
	 * until it starts, and drops the reminders for any other start.
	 */
	private void remind(Context context, Instant now, String ics) {
		AppointmentView appointment = context.appointment();
		String about = about(appointment.id());
		if (!appointment.isBooked()) {
			outbox.drop(MessageKind.REMINDER, about, null, "Not sent: the appointment was cancelled");
			return;
		}
		Instant start = appointment.start().toInstant();
		String key = "reminder:" + appointment.id().value() + ":" + start.getEpochSecond();
		outbox.drop(MessageKind.REMINDER, about, key, "Not sent: the appointment moved");
		Instant due = start.minus(properties.reminderBefore());
		if (now.isAfter(due)) {
			return;
		}
		Draft.Mail mail = templates.write("reminder", "notifications.subject.reminder",
				new Object[] { appointment.serviceName(), context.when() }, context.model());
		outbox.enqueueOrRevive(Draft.now(key, MessageKind.REMINDER, about, context.runner().email(), mail, now)
			.attaching("appointment.ics", ics)
			.due(due, start));
	}

	/** What every message about an appointment shows; empty if the runner's account is gone. */
	private Optional<Context> context(AppointmentId appointmentId, RunnerId runnerId) {
		Optional<AccountSummary> runner = accounts.find(AccountId.of(runnerId.value()));
		if (runner.isEmpty()) {
			return Optional.empty();
		}
		Actor actor = new Actor(runner.get().id(), Role.RUNNER);
		AppointmentView appointment = calendar.find(appointmentId, actor);
		return Optional.of(new Context(runner.get(), appointment, catalog.clinic()));
	}

	private static String about(AppointmentId id) {
		return "appointment:" + id.value();
	}

	private final class Context {

		private final AccountSummary runner;

		private final AppointmentView appointment;

		private final ClinicInfo clinic;

		/** The clinic's phone and email, read once for the messages of one event. */
		private ClinicContact contact;

		Context(AccountSummary runner, AppointmentView appointment, ClinicInfo clinic) {
			this.runner = runner;
			this.appointment = appointment;
			this.clinic = clinic;
		}

		AccountSummary runner() {
			return runner;
		}

		AppointmentView appointment() {
			return appointment;
		}

		ClinicInfo clinic() {
			return clinic;
		}

		String when() {
			ZonedDateTime start = appointment.start();
			return WHEN.format(start.withZoneSameInstant(clinic.zone()));
		}

		Map<String, Object> model() {
			Map<String, Object> model = new HashMap<>();
			model.put("name", runner.name());
			model.put("service", appointment.serviceName());
			model.put("therapist", appointment.therapistName());
			model.put("minutes", appointment.durationMinutes());
			model.put("when", when());
			model.put("clinic", clinic);
			if (contact == null) {
				contact = contacts.contact();
			}
			model.put("contact", contact);
			model.put("manageUrl", properties.baseUrl() + "/appointments");
			return model;
		}

	}

}
