package io.runrub.feeds.webhooks;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.runrub.support.FixedClock;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dispatchers racing over the same due deliveries send each exactly once, on H2 (the conditional update) and on
 * PostgreSQL (FOR UPDATE SKIP LOCKED), and a listener that runs twice does not queue an event twice.
 */
class WebhookDeliveryRaceIntegrationTests {

	static final int EVENTS = 40;

	static final int DISPATCHERS = 4;

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
		Webhooks webhooks;

		@Autowired
		WebhookDispatcher dispatcher;

		@Autowired
		TestClinic clinic;

		@Autowired
		JdbcClient jdbc;

		@Autowired
		TransactionTemplate transactions;

		HttpServer server;

		final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

		@BeforeEach
		void setUp() throws Exception {
			clinic.reset();
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(Executors.newFixedThreadPool(DISPATCHERS));
			server.createContext("/hook", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				received.computeIfAbsent(body, key -> new AtomicInteger()).incrementAndGet();
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.start();
			webhooks.register("http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "s3cret-s3cret-s3cret");
			transactions.executeWithoutResult(status -> {
				for (int i = 0; i < EVENTS; i++) {
					webhooks.queue("test:" + i, "appointment.booked", "{\"id\":\"test:" + i + "\"}");
				}
				assertThat(webhooks.queue("test:0", "appointment.booked", "{\"id\":\"test:0\"}"))
					.as("an event queued twice").isZero();
			});
		}

		@AfterEach
		void stop() {
			server.stop(0);
			((ExecutorService) server.getExecutor()).shutdownNow();
		}

		@Test
		void racingDispatchersSendEveryDeliveryExactlyOnce() throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
			try {
				List<Callable<Integer>> runs = new ArrayList<>();
				for (int i = 0; i < DISPATCHERS; i++) {
					runs.add(() -> dispatcher.dispatchDue(FixedClock.NOW));
				}
				int handled = 0;
				for (Future<Integer> run : pool.invokeAll(runs)) {
					handled += run.get();
				}
				assertThat(handled).isEqualTo(EVENTS);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(received).hasSize(EVENTS);
			assertThat(received.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
			assertThat(jdbc.sql("select count(*) from webhook_delivery where status = 'SENT'").query(Long.class).single())
				.isEqualTo(EVENTS);
		}

	}

}
