package io.runrub.notifications.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims due messages for one instance, so that no two instances ever send the same message. On PostgreSQL one
 * statement picks the due rows with {@code FOR UPDATE SKIP LOCKED} (rows another instance is claiming right now are
 * passed over, not waited for) and marks them; on H2, which has no SKIP LOCKED, each due row is claimed by a
 * conditional update that only one instance's statement can match (the row's claim must still be free), and the
 * update count says who won. A claim lasts until {@code claimed_until}: an instance that dies holding one lets it go
 * when that passes, so the message is tried again rather than lost.
 */
@Component
class Claims {

	private static final String DUE = """
			status = 'QUEUED' and due_at <= :now and (claimed_until is null or claimed_until < :now)""";

	private final JdbcClient jdbc;

	private final boolean postgres;

	Claims(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = isPostgres(dataSource);
	}

	/** The ids of up to {@code limit} due messages, now claimed by {@code instance} until {@code until}. */
	List<Long> claim(String instance, Instant now, Instant until, int limit) {
		if (postgres) {
			return jdbc.sql("""
					update outbox_message set claimed_by = :me, claimed_until = :until
					where id in (select id from outbox_message where %s
					             order by due_at, id limit :limit for update skip locked)
					returning id""".formatted(DUE))
				.param("me", instance)
				.param("until", Outbox.utc(until))
				.param("now", Outbox.utc(now))
				.param("limit", limit)
				.query(Long.class)
				.list();
		}
		List<Long> candidates = jdbc.sql("select id from outbox_message where " + DUE + " order by due_at, id limit :limit")
			.param("now", Outbox.utc(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
		List<Long> won = new ArrayList<>();
		for (Long id : candidates) {
			int claimed = jdbc.sql("update outbox_message set claimed_by = :me, claimed_until = :until where id = :id and "
					+ DUE)
				.param("me", instance)
				.param("until", Outbox.utc(until))
				.param("now", Outbox.utc(now))
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
