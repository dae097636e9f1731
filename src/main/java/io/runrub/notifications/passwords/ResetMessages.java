package io.runrub.notifications.passwords;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.runrub.accounts.PasswordResetRequested;
import io.runrub.accounts.PasswordResets;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicContacts;
import io.runrub.notifications.MessageKind;
import io.runrub.notifications.NotificationProperties;
import io.runrub.notifications.outbox.Draft;
import io.runrub.notifications.outbox.MailTemplates;
import io.runrub.notifications.outbox.Outbox;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the password reset link. It listens in the transaction that created the link (a plain event listener), so
 * the link and its message are written together, and the token never reaches the event publication registry.
 */
@Component
class ResetMessages {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final ClinicCatalog catalog;

	private final ClinicContacts contacts;

	private final NotificationProperties properties;

	private final Clock clock;

	ResetMessages(Outbox outbox, MailTemplates templates, ClinicCatalog catalog, ClinicContacts contacts,
			NotificationProperties properties,
			Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.catalog = catalog;
		this.contacts = contacts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(PasswordResetRequested requested) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", requested.name());
		model.put("link", properties.baseUrl() + "/password-reset/" + requested.token());
		model.put("minutes", PasswordResets.LIFETIME.toMinutes());
		model.put("clinic", catalog.clinic());
		model.put("contact", contacts.contact());
		Draft.Mail mail = templates.write("password-reset", "notifications.subject.reset", new Object[0], model);
		outbox.enqueue(Draft.now("reset:" + requested.accountId().value() + ":" + requested.expiresAt().toEpochMilli(),
				MessageKind.PASSWORD_RESET, "account:" + requested.accountId().value(), requested.email(), mail,
				clock.instant()).due(clock.instant(), requested.expiresAt()));
	}

}
