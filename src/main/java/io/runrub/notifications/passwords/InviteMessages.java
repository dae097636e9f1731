package io.runrub.notifications.passwords;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import io.runrub.accounts.ClientInvited;
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
 * Invites a client the front desk created to choose their password, through the same page as a reset link. Like
 * {@link ResetMessages} it listens in the transaction that created the link, so the token never reaches the event
 * publication registry.
 */
@Component
class InviteMessages {

	private final Outbox outbox;

	private final MailTemplates templates;

	private final ClinicCatalog catalog;

	private final ClinicContacts contacts;

	private final NotificationProperties properties;

	private final Clock clock;

	InviteMessages(Outbox outbox, MailTemplates templates, ClinicCatalog catalog, ClinicContacts contacts,
			NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.catalog = catalog;
		this.contacts = contacts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	void on(ClientInvited invited) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", invited.name());
		model.put("link", properties.baseUrl() + "/password-reset/" + invited.token());
		model.put("days", PasswordResets.INVITATION_LIFETIME.toDays());
		model.put("clinic", catalog.clinic());
		model.put("contact", contacts.contact());
		Draft.Mail mail = templates.write("client-invite", "notifications.subject.invite",
				new Object[] { catalog.clinic().name() }, model);
		outbox.enqueue(Draft.now("invite:" + invited.accountId().value() + ":" + invited.expiresAt().toEpochMilli(),
				MessageKind.CLIENT_INVITED, "account:" + invited.accountId().value(), invited.email(), mail,
				clock.instant()).due(clock.instant(), invited.expiresAt()));
	}

}
