package io.runrub.notifications.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.runrub.notifications.MessageKind;
import io.runrub.support.FixedClock;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many instances claiming due messages at once: every due message is claimed by exactly one of them, on H2 (the
 * conditional update) and on PostgreSQL (FOR UPDATE SKIP LOCKED); a claim that lapsed can be taken again, one that
 * holds cannot; a message not yet due is not claimed.
 */
class ClaimsIntegrationTests {

	static final int MESSAGES = 120;

	static final int INSTANCES = 8;

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
		Claims claims;

		@Autowired
		Outbox outbox;

		@Autowired
		TestClinic clinic;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		TransactionTemplate transactions;

		final Instant now = FixedClock.NOW;

		@BeforeEach
		void setUp() {
			clinic.reset();
			transactions.executeWithoutResult(status -> {
				for (int i = 0; i < MESSAGES; i++) {
					outbox.enqueue(draft("test:" + i, now.minusSeconds(i)));
				}
				outbox.enqueue(draft("later", now.plusSeconds(60)));
			});
		}

		@Test
		void instancesRacingClaimEveryDueMessageExactlyOnce() throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
			try {
				List<Callable<List<Long>>> instances = new ArrayList<>();
				for (int i = 0; i < INSTANCES; i++) {
					String name = "instance-" + i;
					instances.add(() -> {
						List<Long> mine = new ArrayList<>();
						List<Long> batch;
						do {
							batch = claims.claim(name, now, now.plus(Duration.ofMinutes(5)), 7);
							mine.addAll(batch);
						}
						while (!batch.isEmpty());
						return mine;
					});
				}
				List<Long> all = new ArrayList<>();
				for (Future<List<Long>> result : pool.invokeAll(instances)) {
					all.addAll(result.get());
				}
				assertThat(all).as("claimed ids").doesNotHaveDuplicates().hasSize(MESSAGES);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(jdbc.sql("select count(distinct claimed_by) from outbox_message where claimed_by is not null")
				.query(Long.class)
				.single()).isGreaterThan(0);
			assertThat(jdbc.sql("select claimed_by from outbox_message where dedup_key = 'later'")
				.query(String.class)
				.optional()).as("not yet due").isEmpty();
		}

		/** Listeners run again (or on two instances) queue one message per key, whoever commits first. */
		@Test
		void instancesRacingToQueueOneKeyQueueItOnce() throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
			try {
				List<Callable<Boolean>> racers = new ArrayList<>();
				for (int i = 0; i < INSTANCES; i++) {
					racers.add(() -> transactions.execute(status -> {
						boolean queued = outbox.enqueue(draft("race", now));
						// the key is queued again in the same transaction: never a second row, never an error
						return queued & !outbox.enqueue(draft("race", now));
					}));
				}
				List<Boolean> queued = new ArrayList<>();
				for (Future<Boolean> result : pool.invokeAll(racers)) {
					queued.add(result.get());
				}
				assertThat(queued).as("queued by").containsOnlyOnce(true);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(jdbc.sql("select count(*) from outbox_message where dedup_key = 'race'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}

		@Test
		void aHeldClaimKeepsOthersOffAndALapsedOneIsTakenAgain() {
			List<Long> first = claims.claim("a", now, now.plus(Duration.ofMinutes(5)), MESSAGES);
			assertThat(first).hasSize(MESSAGES);

			assertThat(claims.claim("b", now.plus(Duration.ofMinutes(4)), now.plus(Duration.ofMinutes(9)), MESSAGES))
				.as("only the message that fell due since").containsExactly(id("later"));
			assertThat(claims.claim("b", now.plus(Duration.ofMinutes(6)), now.plus(Duration.ofMinutes(11)), MESSAGES))
				.as("the claims of an instance that stopped lapse").containsExactlyInAnyOrderElementsOf(first);
		}

		private long id(String key) {
			return jdbc.sql("select id from outbox_message where dedup_key = :key")
				.param("key", key)
				.query(Long.class)
				.single();
		}

		private static Draft draft(String key, Instant due) {
			return new Draft(key, MessageKind.REMINDER, "test", "rosa@test.runrub.io", "Subject", "Text", "<p>Html</p>",
					null, null, due, null);
		}

	}

}
