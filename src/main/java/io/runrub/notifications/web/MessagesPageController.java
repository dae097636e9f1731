package io.runrub.notifications.web;

import java.util.List;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.notifications.MessageKind;
import io.runrub.notifications.MessageStatus;
import io.runrub.notifications.outbox.Outbox;
import io.runrub.notifications.outbox.OutboxMessage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admins' Messages page: what clients were (or, without a mail server, would have been) sent, and one
 * message's text. A password reset's text is not shown, as its link would let the reader set that person's password.
 */
@Controller
class MessagesPageController {

	static final int PAGE_SIZE = 50;

	private final Outbox outbox;

	private final ClinicCatalog catalog;

	MessagesPageController(Outbox outbox, ClinicCatalog catalog) {
		this.outbox = outbox;
		this.catalog = catalog;
	}

	@GetMapping("/admin/messages")
	String messages(@RequestParam(required = false) MessageKind kind,
			@RequestParam(required = false) MessageStatus status, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int shown = Math.max(0, Math.min(page, 100_000));
		String address = to == null ? null : to.strip();
		if (address != null && address.length() > 254) {
			address = address.substring(0, 254);
		}
		List<OutboxMessage> messages = outbox.list(new Outbox.Filter(kind, status, address, (long) shown * PAGE_SIZE, PAGE_SIZE + 1));
		model.addAttribute("messages", messages.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasOlder", messages.size() > PAGE_SIZE);
		model.addAttribute("page", shown);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("to", address);
		model.addAttribute("kinds", MessageKind.values());
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("zone", catalog.zone());
		return "notifications/messages";
	}

	@GetMapping("/admin/messages/{id}")
	String message(@PathVariable long id, Model model) {
		OutboxMessage message = outbox.find(id)
			.orElseThrow(() -> io.runrub.shared.DomainException.notFound("message-not-found", id));
		// not "message": the layout shows that as a flash
		model.addAttribute("mail", message);
		model.addAttribute("hidden", message.kind() == MessageKind.PASSWORD_RESET
				|| message.kind() == MessageKind.CLIENT_INVITED);
		model.addAttribute("zone", catalog.zone());
		return "notifications/message";
	}

}
