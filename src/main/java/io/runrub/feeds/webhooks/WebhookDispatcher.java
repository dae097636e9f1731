package io.runrub.feeds.webhooks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import io.runrub.notifications.NotificationProperties;
import io.runrub.shared.DomainException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries. Deliveries are claimed as outbox messages are (see the notifications outbox's
 * claims): {@code FOR UPDATE SKIP LOCKED} on PostgreSQL, a conditional update on H2, so no two instances send one;
 * a claim lapses after {@code runrub.notifications.claim-for}, so an instance that died holding one lets it go. Each
 * request is a POST of the JSON body with {@code X-RunRub-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "t.body" with the endpoint's secret>}; any 2xx is SENT, anything else is tried again after a wait that doubles
 * ({@code first-retry}) until {@code max-tries}, then FAILED with the last error. No redirect is followed.
 */
@Component
class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	static final int BATCH = 20;

	static final String SIGNATURE = "X-RunRub-Signature";

	private static final String DUE = """
			status = 'QUEUED' and due_at <= :now and (claimed_until is null or claimed_until < :now)""";

	private final JdbcClient jdbc;

	private final Webhooks webhooks;

	private final NotificationProperties retries;

	private final WebhookProperties properties;

	private final Clock clock;

	private final boolean postgres;

	private final HttpClient http;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	WebhookDispatcher(JdbcClient jdbc, Webhooks webhooks, NotificationProperties retries,
			WebhookProperties properties, Clock clock, DataSource dataSource) {
		this.jdbc = jdbc;
		this.webhooks = webhooks;
		this.retries = retries;
		this.properties = properties;
		this.clock = clock;
		this.postgres = isPostgres(dataSource);
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${runrub.webhooks.dispatch-interval:PT30S}",
			initialDelayString = "${runrub.webhooks.dispatch-interval:PT30S}")
	void dispatchOnSchedule() {
		try {
			dispatchDue(clock.instant());
		}
		catch (RuntimeException ex) {
			log.warn("Sending webhooks failed; the next run tries again", ex);
		}
	}

	/** Sends what is due at {@code now}, batch after batch; returns how many deliveries were tried. */
	int dispatchDue(Instant now) {
		int handled = 0;
		List<Long> batch;
		do {
			batch = claim(now, now.plus(retries.claimFor()));
			for (Long id : batch) {
				send(id, now);
			}
			handled += batch.size();
		}
		// until a claim finds nothing: a short batch may only mean that other instances took part of it
		while (!batch.isEmpty());
		return handled;
	}

	private record Due(long id, String url, String secret, String body, int tries) {
	}

	private void send(long id, Instant now) {
		Due due = jdbc.sql("""
				select d.id, e.url, e.secret, d.body, d.tries from webhook_delivery d
				join webhook_endpoint e on e.id = d.endpoint_id where d.id = :id""")
			.param("id", id)
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getString("url"), rs.getString("secret"),
					rs.getString("body"), rs.getInt("tries")))
			.optional()
			.orElse(null);
		if (due == null) {
			return; // its endpoint was deleted meanwhile
		}
		try {
			URI uri = webhooks.checked(due.url());
			long t = now.getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(properties.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "RunRub-Webhooks")
				.header(SIGNATURE, "t=" + t + ",v1=" + sign(due.secret(), t, due.body()))
				.POST(HttpRequest.BodyPublishers.ofString(due.body(), StandardCharsets.UTF_8))
				.build();
			// the answer's body is not read (closing it ends the exchange): an endpoint that streams one forever
			// cannot hold a dispatcher past its timeout
			HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			response.body().close();
			if (response.statusCode() / 100 == 2) {
				jdbc.sql("""
						update webhook_delivery set status = 'SENT', sent_at = :now, tries = tries + 1,
						  last_status = :status, last_error = null, claimed_by = null, claimed_until = null
						where id = :id and claimed_by = :me""")
					.param("now", Webhooks.utc(now))
					.param("status", response.statusCode())
					.param("id", id)
					.param("me", instance)
					.update();
				return;
			}
			failed(due, now, response.statusCode(), "HTTP " + response.statusCode());
		}
		catch (DomainException ex) {
			failed(due, now, null, "Address refused: " + ex.code());
		}
		catch (java.io.IOException ex) {
			failed(due, now, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			failed(due, now, null, "Interrupted");
		}
	}

	private void failed(Due due, Instant now, Integer status, String error) {
		int tries = due.tries() + 1;
		String text = error.length() > 1000 ? error.substring(0, 1000) : error;
		boolean last = tries >= retries.maxTries();
		Duration wait = retries.firstRetry().multipliedBy(1L << Math.min(tries - 1, 20));
		jdbc.sql("""
				update webhook_delivery set status = :next, tries = :tries, last_status = :status, last_error = :error,
				  due_at = :due, claimed_by = null, claimed_until = null
				where id = :id and claimed_by = :me""")
			.param("next", last ? "FAILED" : "QUEUED")
			.param("tries", tries)
			.param("status", status, java.sql.Types.INTEGER)
			.param("error", text)
			.param("due", Webhooks.utc(last ? now : now.plus(wait)))
			.param("id", due.id())
			.param("me", instance)
			.update();
	}

	/** The hex HMAC-SHA256 of {@code "t.body"} with the secret: what a receiver recomputes to check a delivery. */
	static String sign(String secret, long t, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<Long> claim(Instant now, Instant until) {
		if (postgres) {
			return jdbc.sql("""
					update webhook_delivery set claimed_by = :me, claimed_until = :until
					where id in (select id from webhook_delivery where %s
					             order by due_at, id limit :limit for update skip locked)
					returning id""".formatted(DUE))
				.param("me", instance)
				.param("until", Webhooks.utc(until))
				.param("now", Webhooks.utc(now))
				.param("limit", BATCH)
				.query(Long.class)
				.list();
		}
		List<Long> candidates = jdbc
			.sql("select id from webhook_delivery where " + DUE + " order by due_at, id limit :limit")
			.param("now", Webhooks.utc(now))
			.param("limit", BATCH)
			.query(Long.class)
			.list();
		List<Long> won = new ArrayList<>();
		for (Long id : candidates) {
			int claimed = jdbc
				.sql("update webhook_delivery set claimed_by = :me, claimed_until = :until where id = :id and " + DUE)
				.param("me", instance)
				.param("until", Webhooks.utc(until))
				.param("now", Webhooks.utc(now))
				.param("id", id)
				.update();
			if (claimed == 1) {
				won.add(id);
			}
		}
		return won;
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database this is", ex);
		}
	}

}
