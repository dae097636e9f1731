package io.runrub.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expired sessions are deleted from the database by one instance at a time: the cleanup takes the
 * {@code session-cleanup} lock in the {@code shedlock} table first, and while another instance holds it, does nothing.
 * H2 and PostgreSQL alike (the lock is compared with the database's clock).
 */
class SessionCleanupIntegrationTests {

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

	}

	abstract static class Contract {

		@Autowired
		SessionCleanup cleanup;

		@Autowired
		JdbcClient jdbc;

		@BeforeEach
		void setUp() {
			jdbc.sql("delete from shedlock").update();
			jdbc.sql("delete from spring_session").update();
			jdbc.sql("""
					insert into spring_session (primary_id, session_id, creation_time, last_access_time,
					    max_inactive_interval, expiry_time, principal_name)
					values ('expired-0000-0000-0000-000000000001', 'expired-0000-0000-0000-000000000001', 0, 0, 1800, 1, null)""")
				.update();
		}

		@Test
		void anExpiredSessionIsDeletedAndTheLockIsReleased() {
			cleanup.deleteExpired();

			assertThat(sessions()).isZero();
			assertThat(jdbc.sql("select count(*) from shedlock where name = 'session-cleanup'").query(Long.class).single())
				.as("the lock's row").isOne();
		}

		@Test
		void whileAnotherInstanceHoldsTheLockNothingIsDeleted() {
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			jdbc.sql("""
					insert into shedlock (name, lock_until, locked_at, locked_by)
					values ('session-cleanup', :until, :at, 'the other instance')""")
				.param("until", now.plusHours(1).toLocalDateTime())
				.param("at", now.toLocalDateTime())
				.update();

			cleanup.deleteExpired();

			assertThat(sessions()).as("left for the instance that holds the lock").isOne();
		}

		private long sessions() {
			return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
		}

	}

}
