package io.runrub.notifications.passwords;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.runrub.accounts.AccountId;
import io.runrub.accounts.ClientInvited;
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
 * Sends the single-use links to choose a password: a reset the person asked for, and the invitation of a client the
 * front desk created (the same page, a longer lifetime). It listens in the transaction that created the link (a plain
 * event listener), so the link and its message are written together, and the token never reaches the event
 * publication registry. Each message is worth sending only until its link expires.
 */
@Component
class PasswordLinkMessages {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final ClinicCatalog catalog;

	private final ClinicContacts contacts;

	private final NotificationProperties properties;

	private final Clock clock;

	PasswordLinkMessages(Outbox outbox, MailTemplates templates, ClinicCatalog catalog, ClinicContacts contacts,
			NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.catalog = catalog;
		this.contacts = contacts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(PasswordResetRequested requested) {
		Map<String, Object> model = model(requested.name(), requested.token());
		model.put("minutes", PasswordResets.LIFETIME.toMinutes());
		send(MessageKind.PASSWORD_RESET, "reset", requested.accountId(), requested.email(), requested.expiresAt(),
				templates.write("password-reset", "notifications.subject.reset", new Object[0], model));
	}

	@EventListener
	void on(ClientInvited invited) {
		Map<String, Object> model = model(invited.name(), invited.token());
		model.put("days", PasswordResets.INVITATION_LIFETIME.toDays());
		send(MessageKind.CLIENT_INVITED, "invite", invited.accountId(), invited.email(), invited.expiresAt(),
				templates.write("client-invite", "notifications.subject.invite",
						new Object[] { catalog.clinic().name() }, model));
	}

	private Map<String, Object> model(String name, String token) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", name);
		model.put("link", properties.baseUrl() + "/password-reset/" + token);
		model.put("clinic", catalog.clinic());
		model.put("contact", contacts.contact());
		return model;
	}

	private void send(MessageKind kind, String keyPrefix, AccountId account, String email, Instant expiresAt,
			Draft.Mail mail) {
		Instant now = clock.instant();
		outbox.enqueue(Draft.now(keyPrefix + ":" + account.value() + ":" + expiresAt.toEpochMilli(), kind,
				"account:" + account.value(), email, mail, now).due(now, expiresAt));
	}

}
