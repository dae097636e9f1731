package io.runrub.notifications.appointments;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountSummary;
import io.runrub.booking.AppointmentCalendar;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicContacts;
import io.runrub.clinic.TherapistView;
import io.runrub.notifications.MessageKind;
import io.runrub.notifications.NotificationProperties;
import io.runrub.notifications.outbox.Draft;
import io.runrub.notifications.outbox.MailTemplates;
import io.runrub.notifications.outbox.Outbox;
import io.runrub.runners.IntakeAnswered;
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.IntakeVerdict;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a therapist before the appointment when their client's health answers now say "no massage" (a stop) or "only
 * with restrictions": the planner holds the appointment and the day page says so, but a therapist who does not open
 * RunRub before the client walks in must hear it too. One message per appointment and verdict (keyed by the questions
 * answered "yes"), so answering the same again sends nothing and a restriction that becomes a stop sends again. The
 * message names no condition: the details stay behind the therapist's login, in the brief.
 */
@Component
class HealthAlerts {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final IntakeScreening screening;

	private final AppointmentCalendar calendar;

	private final ClinicCatalog catalog;

	private final AccountDirectory accounts;

	private final ClinicContacts contacts;

	private final NotificationProperties properties;

	private final Clock clock;

	HealthAlerts(Outbox outbox, MailTemplates templates, IntakeScreening screening, AppointmentCalendar calendar,
			ClinicCatalog catalog, AccountDirectory accounts, ClinicContacts contacts, NotificationProperties properties,
			Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.screening = screening;
		this.calendar = calendar;
		this.catalog = catalog;
		this.accounts = accounts;
		this.contacts = contacts;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(IntakeAnswered answered) {
		IntakeVerdict verdict = screening.verdict(answered.runnerId());
		if (!verdict.blocksMassage() && !verdict.restricted()) {
			return;
		}
		Instant now = clock.instant();
		List<AppointmentView> ahead = calendar.forRunner(answered.runnerId())
			.stream()
			.filter(AppointmentView::isBooked)
			.filter(appointment -> appointment.start().toInstant().isAfter(now))
			.toList();
		String answersKey = (verdict.blocksMassage() ? "stop:" : "restrict:")
				+ (verdict.blocksMassage() ? verdict.stops() : verdict.restrictions()).stream()
					.map(IntakeQuestion::id)
					.sorted()
					.collect(Collectors.joining(","));
		for (AppointmentView appointment : ahead) {
			TherapistView therapist = catalog.therapist(appointment.therapistId());
			Optional<AccountSummary> login = accounts.find(AccountId.of(therapist.accountId().value()));
			if (login.isEmpty()) {
				continue;
			}
			Map<String, Object> model = new HashMap<>();
			model.put("name", therapist.name());
			model.put("runner", appointment.runnerName());
			model.put("service", appointment.serviceName());
			model.put("when", AppointmentMessages.WHEN
				.format(appointment.start().withZoneSameInstant(catalog.clinic().zone())));
			model.put("stop", verdict.blocksMassage());
			model.put("clinic", catalog.clinic());
			model.put("contact", contacts.contact());
			model.put("briefUrl", properties.baseUrl() + "/therapist/appointments/" + appointment.id().value());
			Draft.Mail mail = templates.write("health-changed", verdict.blocksMassage()
					? "notifications.subject.healthStop" : "notifications.subject.healthRestrict",
					new Object[] { appointment.runnerName(), model.get("when") }, model);
			outbox.enqueue(Draft.now("health:" + appointment.id().value() + ":" + answersKey,
					MessageKind.HEALTH_CHANGED, "appointment:" + appointment.id().value(), login.get().email(), mail,
					now));
		}
	}

}
