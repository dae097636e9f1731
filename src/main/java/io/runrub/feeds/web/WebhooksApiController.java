package io.runrub.feeds.web;

import java.time.Instant;
import java.util.List;

import io.runrub.feeds.webhooks.Webhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins register the endpoints that hear of appointments booked, moved and cancelled, and read each endpoint's
 * deliveries (the {@code /api/v1/admin/**} rule keeps it to admins). The secret is never shown again.
 */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
@Tag(name = "Admin")
class WebhooksApiController {

	private final Webhooks webhooks;

	WebhooksApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	record WebhookRequest(@NotBlank(message = "{feeds.webhook.url.required}") @Size(max = 2000,
			message = "{feeds.webhook.url.required}") String url,
			@NotBlank(message = "{feeds.webhook.secret.invalid}") @Size(min = 16, max = 200,
					message = "{feeds.webhook.secret.invalid}") @Pattern(regexp = "[\\x21-\\x7e]*",
							message = "{feeds.webhook.secret.invalid}") String secret) {
	}

	record WebhookJson(long id, String url, List<String> events, Instant createdAt) {
	}

	record DeliveryJson(long id, String event, String type, String status, int tries, Integer responseStatus,
			String error, Instant createdAt, Instant nextTryAt, Instant sentAt) {
	}

	static final List<String> EVENTS = List.of("appointment.booked", "appointment.moved", "appointment.cancelled");

	@GetMapping
	@Operation(summary = "Webhook endpoints", description = "Their secrets are never shown.")
	List<WebhookJson> list() {
		return webhooks.endpoints().stream().map(WebhooksApiController::json).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a webhook endpoint",
			description = "`url`: HTTPS on a public address (the rules training feeds follow); `secret`: 16 to 200 "
					+ "printable characters, used to sign each delivery: `X-RunRub-Signature: t=<unix seconds>,"
					+ "v1=<hex HMAC-SHA256 of \"t.body\">`. Events: appointment.booked, appointment.moved, "
					+ "appointment.cancelled.")
	WebhookJson register(@Valid @RequestBody WebhookRequest request) {
		return json(webhooks.register(request.url(), request.secret()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a webhook endpoint", description = "Its queued deliveries are not sent.")
	void delete(@PathVariable long id) {
		webhooks.delete(id);
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "An endpoint's deliveries, newest first", description = "Status QUEUED, SENT or FAILED.")
	List<DeliveryJson> deliveries(@PathVariable long id,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
		return webhooks.deliveries(id, size)
			.stream()
			.map(delivery -> new DeliveryJson(delivery.id(), delivery.eventKey(), delivery.eventType(),
					delivery.status(), delivery.tries(), delivery.lastStatus(), delivery.lastError(),
					delivery.createdAt(), "QUEUED".equals(delivery.status()) ? delivery.dueAt() : null,
					delivery.sentAt()))
			.toList();
	}

	private static WebhookJson json(Webhooks.Endpoint endpoint) {
		return new WebhookJson(endpoint.id(), endpoint.url(), EVENTS, endpoint.createdAt());
	}

}
