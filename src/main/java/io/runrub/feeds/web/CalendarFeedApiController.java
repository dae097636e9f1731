package io.runrub.feeds.web;

import java.time.Instant;

import io.runrub.accounts.Actor;
import io.runrub.feeds.calendar.CalendarSubscriptions;
import io.runrub.notifications.NotificationProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in runner's or therapist's private calendar address. */
@RestController
@RequestMapping("/api/v1/me/calendar-feed")
@Tag(name = "Calendar feed")
class CalendarFeedApiController {

	private final CalendarSubscriptions subscriptions;

	private final NotificationProperties notifications;

	CalendarFeedApiController(CalendarSubscriptions subscriptions, NotificationProperties notifications) {
		this.subscriptions = subscriptions;
		this.notifications = notifications;
	}

	/**
	 * @param url the {@code webcal://} address; null when it was made earlier (only its hash is kept, so it is shown
	 * once: reset to get a new one)
	 * @param httpsUrl the same address over HTTPS, for apps that want one (Google Calendar's "From URL")
	 */
	record FeedJson(String url, String httpsUrl, Instant createdAt) {
	}

	@GetMapping
	@Operation(summary = "Your calendar subscription address",
			description = "Made on the first call and shown then; later calls say when it was made but cannot show "
					+ "it again (only its hash is stored). Reset to get a new address.")
	FeedJson feed(Actor actor) {
		return json(subscriptions.ensure(actor.accountId()));
	}

	@PostMapping("/reset")
	@Operation(summary = "A new calendar subscription address", description = "The old address stops working at once.")
	FeedJson reset(Actor actor) {
		return json(subscriptions.reset(actor.accountId()));
	}

	private FeedJson json(CalendarSubscriptions.Subscription subscription) {
		if (subscription.token() == null) {
			return new FeedJson(null, null, subscription.createdAt());
		}
		String https = notifications.baseUrl() + "/calendar/" + subscription.token() + ".ics";
		return new FeedJson(https.replaceFirst("^https?://", "webcal://"), https, subscription.createdAt());
	}

}
