package io.runrub.notifications.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.runrub.notifications.MessageKind;
import io.runrub.notifications.MessageStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table, by hand (an insert-once queue with claims is not an aggregate). Queuing joins the caller's
 * transaction, so a message exists exactly when the work that caused it was committed.
 */
@Component
public class Outbox {

	static final String COLUMNS = """
			id, dedup_key, kind, about, recipient, subject, body_text, body_html, attachment_name, attachment, status,
			created_at, due_at, not_after, tries, last_error, sent_at""";

	private final JdbcClient jdbc;

	private final Clock clock;

	/** The insert in a savepoint of the caller's transaction, so that losing a race for a key undoes only the insert. */
	private final org.springframework.transaction.support.TransactionTemplate savepoint;

	/** PostgreSQL inserts or skips in one statement ({@code on conflict do nothing}); H2 takes the savepoint. */
	private final boolean skipsConflicts;

	Outbox(JdbcClient jdbc, Clock clock, org.springframework.transaction.PlatformTransactionManager transactions,
			javax.sql.DataSource dataSource) throws org.springframework.jdbc.support.MetaDataAccessException {
		this.jdbc = jdbc;
		this.clock = clock;
		String product = org.springframework.jdbc.support.JdbcUtils.extractDatabaseMetaData(dataSource,
				metaData -> metaData.getDatabaseProductName());
		this.skipsConflicts = product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
		this.savepoint = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Queues the message unless one with its key exists. The unique key is the final guard: a second listener or
	 * instance racing with the same key loses only its insert (on PostgreSQL {@code on conflict do nothing}, which
	 * waits for the first to commit or roll back; on H2 a savepoint), finds the first and queues nothing.
	 * @return whether it was queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(Draft draft) {
		if (skipsConflicts) {
			// one statement instead of a look-up, a savepoint, the insert and its release: two per booking
			return insert(draft, " on conflict (dedup_key) do nothing").update() == 1;
		}
		boolean exists = jdbc.sql("select count(*) from outbox_message where dedup_key = :key")
			.param("key", draft.key())
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		try {
			savepoint.executeWithoutResult(status -> insert(draft, "").update());
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			return false;
		}
		return true;
	}

	private JdbcClient.StatementSpec insert(Draft draft, String onConflict) {
		return jdbc.sql("""
				insert into outbox_message (dedup_key, kind, about, recipient, subject, body_text, body_html,
				  attachment_name, attachment, status, created_at, due_at, not_after, tries)
				values (:key, :kind, :about, :recipient, :subject, :text, :html, :attachmentName, :attachment,
				  'QUEUED', :now, :due, :notAfter, 0)""" + onConflict)
			.param("key", draft.key())
			.param("kind", draft.kind().name())
			.param("about", draft.about(), java.sql.Types.VARCHAR)
			.param("recipient", draft.recipient())
			.param("subject", draft.subject())
			.param("text", draft.text())
			.param("html", draft.html())
			.param("attachmentName", draft.attachmentName(), java.sql.Types.VARCHAR)
			.param("attachment", draft.attachment(), java.sql.Types.VARCHAR)
			.param("now", utc(clock.instant()))
			.param("due", utc(draft.dueAt()))
			.param("notAfter", draft.notAfter() == null ? null : utc(draft.notAfter()),
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
	}

	/**
	 * Queues the message, or, if one with its key was dropped, queues that one again with this content: a reminder
	 * for a time the appointment has come back to. A message with the key that is queued, sent or kept stays as it
	 * is, so there are never two for one key.
	 * @return whether it was queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueueOrRevive(Draft draft) {
		int revived = jdbc.sql("""
				update outbox_message set status = 'QUEUED', subject = :subject, body_text = :text, body_html = :html,
				  attachment_name = :attachmentName, attachment = :attachment, due_at = :due, not_after = :notAfter,
				  tries = 0, last_error = null, claimed_by = null, claimed_until = null
				where dedup_key = :key and status = 'DROPPED'""")
			.param("subject", draft.subject())
			.param("text", draft.text())
			.param("html", draft.html())
			.param("attachmentName", draft.attachmentName(), java.sql.Types.VARCHAR)
			.param("attachment", draft.attachment(), java.sql.Types.VARCHAR)
			.param("due", utc(draft.dueAt()))
			.param("notAfter", draft.notAfter() == null ? null : utc(draft.notAfter()),
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("key", draft.key())
			.update();
		return revived == 1 || enqueue(draft);
	}

	/**
	 * Drops the queued messages of one kind about something, except the one with the given key: the reminders of an
	 * appointment's earlier times once it moved (or all of them once it is cancelled).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int drop(MessageKind kind, String about, String keep, String why) {
		return jdbc.sql("""
				update outbox_message set status = 'DROPPED', last_error = :why
				where kind = :kind and about = :about and status = 'QUEUED' and dedup_key <> :keep""")
			.param("why", why)
			.param("kind", kind.name())
			.param("about", about)
			.param("keep", keep == null ? "" : keep)
			.update();
	}

	/** A filter for admins: any of kind, status and recipient (part of the address), newest first, from an offset. */
	public record Filter(MessageKind kind, MessageStatus status, String to, long offset, int limit) {
	}

	@Transactional(readOnly = true)
	public List<OutboxMessage> list(Filter filter) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from outbox_message where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.kind() != null) {
			sql.append(" and kind = ?");
			params.add(filter.kind().name());
		}
		if (filter.status() != null) {
			sql.append(" and status = ?");
			params.add(filter.status().name());
		}
		if (filter.to() != null && !filter.to().isBlank()) {
			sql.append(" and lower(recipient) like ? escape '!'");
			params.add("%" + filter.to().strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!")
				.replace("%", "!%").replace("_", "!_") + "%");
		}
		sql.append(" order by created_at desc, id desc limit ? offset ?");
		params.add(filter.limit());
		params.add(filter.offset());
		return jdbc.sql(sql.toString()).params(params).query(Outbox::message).list();
	}

	@Transactional(readOnly = true)
	public Optional<OutboxMessage> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from outbox_message where id = :id")
			.param("id", id)
			.query(Outbox::message)
			.optional();
	}

	static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getString("dedup_key"), MessageKind.valueOf(rs.getString("kind")),
				rs.getString("about"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
				rs.getString("body_html"), rs.getString("attachment_name"), rs.getString("attachment"),
				MessageStatus.valueOf(rs.getString("status")), instant(rs, "created_at"), instant(rs, "due_at"),
				instant(rs, "not_after"), rs.getInt("tries"), rs.getString("last_error"), instant(rs, "sent_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
