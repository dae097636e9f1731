package io.runrub.notifications.appointments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicContacts;
import io.runrub.clinic.ClinicInfo;
import io.runrub.notifications.MessageKind;
import io.runrub.notifications.NotificationProperties;
import io.runrub.notifications.outbox.Draft;
import io.runrub.notifications.outbox.MailTemplates;
import io.runrub.notifications.outbox.Outbox;
import io.runrub.planner.PlanBooked;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Your plan is booked": one message listing every appointment a plan booking made, in date order, with the total.
 * Each appointment also has its own confirmation, which carries its calendar file.
 */
@Component
class PlanMessages {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	private final ClinicContacts contacts;

	private final AccountDirectory accounts;

	private final NotificationProperties properties;

	private final Clock clock;

	PlanMessages(Outbox outbox, MailTemplates templates, AppointmentCalendar calendar, ClinicCatalog catalog,
			ClinicContacts contacts, AccountDirectory accounts, NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.calendar = calendar;
		this.catalog = catalog;
		this.contacts = contacts;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/** One line of the summary. */
	record Line(String when, String service, String therapist, String price) {
	}

	@ApplicationModuleListener
	void on(PlanBooked booked) {
		AccountSummary runner = accounts.find(AccountId.of(booked.runnerId().value())).orElse(null);
		if (runner == null) {
			return;
		}
		Actor actor = new Actor(runner.id(), Role.RUNNER);
		ClinicInfo clinic = catalog.clinic();
		List<AppointmentView> appointments = booked.appointmentIds()
			.stream()
			.map(id -> calendar.find(id, actor))
			.filter(AppointmentView::isBooked)
			.sorted(java.util.Comparator.comparing(AppointmentView::start))
			.toList();
		if (appointments.isEmpty()) {
			return;
		}
		io.runrub.shared.Money total = io.runrub.shared.Money.zero(clinic.currency());
		List<Line> lines = new java.util.ArrayList<>();
		for (AppointmentView appointment : appointments) {
			io.runrub.shared.Money price = catalog.service(appointment.serviceId()).price();
			total = total.plus(price);
			lines.add(new Line(AppointmentMessages.WHEN.format(appointment.start().withZoneSameInstant(clinic.zone())),
					appointment.serviceName(), appointment.therapistName(), price.format(Locale.UK)));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("name", runner.name());
		model.put("lines", lines);
		model.put("total", total.format(Locale.UK));
		model.put("clinic", clinic);
		model.put("contact", contacts.contact());
		model.put("manageUrl", properties.baseUrl() + "/appointments");
		Draft.Mail mail = templates.write("plan-booked", "notifications.subject.plan", new Object[] { lines.size() },
				model);
		String ids = booked.appointmentIds()
			.stream()
			.map(id -> Long.toString(id.value()))
			.sorted()
			.collect(Collectors.joining(","));
		outbox.enqueue(Draft.now("plan:" + booked.runnerId().value() + ":" + sha256(ids), MessageKind.PLAN_BOOKED,
				"runner:" + booked.runnerId().value(), runner.email(), mail, clock.instant()));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
