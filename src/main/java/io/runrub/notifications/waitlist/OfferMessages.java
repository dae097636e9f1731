package io.runrub.notifications.waitlist;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountId;
import io.runrub.accounts.AccountSummary;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicContacts;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.notifications.MessageKind;
import io.runrub.notifications.NotificationProperties;
import io.runrub.notifications.outbox.Draft;
import io.runrub.notifications.outbox.MailTemplates;
import io.runrub.notifications.outbox.Outbox;
import io.runrub.waitlist.WaitlistOfferMade;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "A time you waited for is free": the offer of a freed slot, with the time it is held until, in the clinic's zone.
 * Keyed by offer, so a listener run twice queues one message. Not due after the hold ends: a message sent later would
 * offer a slot that has gone to someone else.
 */
@Component
class OfferMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm z",
			Locale.UK);

	private static final DateTimeFormatter HELD = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM", Locale.UK);

	private final Outbox outbox;

	private final MailTemplates templates;

	private final ClinicCatalog catalog;

	private final ClinicContacts contacts;

	private final AccountDirectory accounts;

	private final NotificationProperties properties;

	private final Clock clock;

	OfferMessages(Outbox outbox, MailTemplates templates, ClinicCatalog catalog, ClinicContacts contacts,
			AccountDirectory accounts, NotificationProperties properties, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.catalog = catalog;
		this.contacts = contacts;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WaitlistOfferMade offered) {
		AccountSummary runner = accounts.find(AccountId.of(offered.runnerId().value())).orElse(null);
		if (runner == null) {
			return;
		}
		ClinicInfo clinic = catalog.clinic();
		MassageService service = catalog.service(offered.serviceId());
		String when = WHEN.format(offered.start().atZone(clinic.zone()));
		Map<String, Object> model = new HashMap<>();
		model.put("name", runner.name());
		model.put("service", service.name());
		model.put("therapist", catalog.therapist(offered.therapistId()).name());
		model.put("when", when);
		model.put("heldUntil", HELD.format(offered.heldUntil().atZone(clinic.zone())));
		model.put("clinic", clinic);
		model.put("contact", contacts.contact());
		model.put("offersUrl", properties.baseUrl() + "/waitlist");
		Draft.Mail mail = templates.write("waitlist-offer", "notifications.subject.waitlistOffer",
				new Object[] { service.name(), when }, model);
		outbox.enqueue(Draft
			.now("waitlist-offer:" + offered.offerId(), MessageKind.WAITLIST_OFFER, "waitlist-offer:" + offered.offerId(),
					runner.email(), mail, clock.instant())
			.due(clock.instant(), offered.heldUntil()));
	}

}
