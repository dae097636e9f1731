package io.runrub.feeds.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import io.runrub.shared.DomainException;
import io.runrub.shared.PrivateNetworks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The endpoints admins registered and their deliveries, by hand (a queue with claims is not an aggregate). An
 * endpoint is HTTPS on a public address, by the rules training feeds follow ({@link PrivateNetworks}), unless its
 * host is on {@code runrub.webhooks.allowed-hosts}; the address is checked again before every delivery, so a host
 * whose name later resolves to a private address is not called.
 */
@Component
public class Webhooks {

	/** At most this many endpoints. */
	public static final int MAX_ENDPOINTS = 20;

	private final JdbcClient jdbc;

	private final WebhookProperties properties;

	private final Clock clock;

	Webhooks(JdbcClient jdbc, WebhookProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	public record Endpoint(long id, String url, Instant createdAt) {
	}

	public record Delivery(long id, long endpointId, String eventKey, String eventType, String status,
			Instant createdAt, Instant dueAt, int tries, Integer lastStatus, String lastError, Instant sentAt) {
	}

	@Transactional
	public Endpoint register(String url, String secret) {
		URI uri = checked(url);
		long count = jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single();
		if (count >= MAX_ENDPOINTS) {
			throw DomainException.refused("webhook-limit", MAX_ENDPOINTS);
		}
		Instant now = clock.instant();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into webhook_endpoint (url, secret, created_at) values (:url, :secret, :now)")
			.param("url", uri.toString())
			.param("secret", secret)
			.param("now", utc(now))
			.update(keys, "id");
		return new Endpoint(keys.getKey().longValue(), uri.toString(), now);
	}

	@Transactional(readOnly = true)
	public List<Endpoint> endpoints() {
		return jdbc.sql("select id, url, created_at from webhook_endpoint order by id")
			.query((rs, row) -> new Endpoint(rs.getLong("id"), rs.getString("url"), instant(rs, "created_at")))
			.list();
	}

	/** Removes the endpoint and its deliveries: nothing more is sent to it. */
	@Transactional
	public void delete(long id) {
		if (jdbc.sql("delete from webhook_endpoint where id = :id").param("id", id).update() == 0) {
			throw DomainException.notFound("webhook-not-found", id);
		}
	}

	@Transactional(readOnly = true)
	public List<Delivery> deliveries(long endpointId, int limit) {
		if (jdbc.sql("select count(*) from webhook_endpoint where id = :id").param("id", endpointId).query(Long.class)
			.single() == 0) {
			throw DomainException.notFound("webhook-not-found", endpointId);
		}
		return jdbc.sql("""
				select id, endpoint_id, event_key, event_type, status, created_at, due_at, tries, last_status,
				  last_error, sent_at
				from webhook_delivery where endpoint_id = :id order by created_at desc, id desc limit :limit""")
			.param("id", endpointId)
			.param("limit", limit)
			.query(Webhooks::delivery)
			.list();
	}

	/**
	 * Queues one delivery of the event to every endpoint, in the caller's transaction; an event queued before (a
	 * listener run twice) is not queued again.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int queue(String eventKey, String eventType, String body) {
		return jdbc.sql("""
				insert into webhook_delivery (endpoint_id, event_key, event_type, body, status, created_at, due_at, tries)
				select e.id, :key, :type, :body, 'QUEUED', :now, :now, 0 from webhook_endpoint e
				where not exists (select 1 from webhook_delivery d where d.endpoint_id = e.id and d.event_key = :key)""")
			.param("key", eventKey)
			.param("type", eventType)
			.param("body", body)
			.param("now", utc(clock.instant()))
			.update();
	}

	/** An HTTPS address on a public network, or any http(s) address on an allowed host. */
	URI checked(String address) {
		String text = address == null ? "" : address.strip();
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw DomainException.refused("webhook-address-invalid");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (text.length() > 2000 || uri.getHost() == null || uri.getUserInfo() != null
				|| !List.of("http", "https").contains(scheme)) {
			throw DomainException.refused("webhook-address-invalid");
		}
		if (properties.allowedHosts().contains(uri.getHost().toLowerCase(Locale.ROOT))) {
			return uri;
		}
		if (!scheme.equals("https")) {
			throw DomainException.refused("webhook-address-invalid");
		}
		try {
			for (InetAddress resolved : InetAddress.getAllByName(uri.getHost())) {
				if (PrivateNetworks.contain(resolved)) {
					throw DomainException.refused("webhook-private-address");
				}
			}
		}
		catch (UnknownHostException ex) {
			throw DomainException.refused("webhook-host-unknown", uri.getHost());
		}
		return uri;
	}

	static Delivery delivery(ResultSet rs, int row) throws SQLException {
		Integer lastStatus = rs.getObject("last_status", Integer.class);
		return new Delivery(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_key"),
				rs.getString("event_type"), rs.getString("status"), instant(rs, "created_at"), instant(rs, "due_at"),
				rs.getInt("tries"), lastStatus, rs.getString("last_error"),
				instant(rs, "sent_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
