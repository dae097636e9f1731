package io.runrub.feeds.web;

import io.runrub.accounts.Actor;
import io.runrub.feeds.calendar.CalendarSubscriptions;
import io.runrub.notifications.NotificationProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page where a runner or therapist gets their calendar address, with short help for Google, Apple and Outlook.
 * Only the address's hash is kept, so the page shows it right after it is made; making a new one revokes the old.
 */
@Controller
class CalendarFeedPageController {

	private final CalendarSubscriptions subscriptions;

	private final NotificationProperties notifications;

	CalendarFeedPageController(CalendarSubscriptions subscriptions, NotificationProperties notifications) {
		this.subscriptions = subscriptions;
		this.notifications = notifications;
	}

	@GetMapping("/calendar-feed")
	String page(Actor actor, Model model) {
		return show(subscriptions.ensure(actor.accountId()), model);
	}

	@PostMapping("/calendar-feed/new")
	String renew(Actor actor, Model model) {
		return show(subscriptions.reset(actor.accountId()), model);
	}

	private String show(CalendarSubscriptions.Subscription subscription, Model model) {
		model.addAttribute("createdAt", subscription.createdAt());
		if (subscription.token() != null) {
			String https = notifications.baseUrl() + "/calendar/" + subscription.token() + ".ics";
			model.addAttribute("httpsUrl", https);
			model.addAttribute("webcalUrl", https.replaceFirst("^https?://", "webcal://"));
		}
		return "feeds/calendar-feed";
	}

}
