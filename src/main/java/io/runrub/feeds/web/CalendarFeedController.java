package io.runrub.feeds.web;

import java.time.Clock;

import io.runrub.feeds.calendar.CalendarSubscriptions;
import io.runrub.feeds.calendar.SubscriptionCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The subscription itself, read by calendar apps without a login: the token in the address is the secret. */
@RestController
@Tag(name = "Calendar feed")
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarSubscriptions subscriptions;

	private final SubscriptionCalendar calendar;

	private final Clock clock;

	CalendarFeedController(CalendarSubscriptions subscriptions, SubscriptionCalendar calendar, Clock clock) {
		this.subscriptions = subscriptions;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/calendar/{token}.ics")
	@Operation(summary = "A private calendar subscription (iCalendar)",
			description = "No login: the token is the secret. 404 for an unknown or revoked token.")
	ResponseEntity<String> feed(@PathVariable String token) {
		return subscriptions.owner(token)
			.flatMap(owner -> calendar.of(owner, clock.instant()))
			.map(ics -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header("X-Robots-Tag", "noindex")
				.body(ics))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
