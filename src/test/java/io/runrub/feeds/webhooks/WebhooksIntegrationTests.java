package io.runrub.feeds.webhooks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.runrub.accounts.Actor;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.BookingRequest;
import io.runrub.booking.AppointmentView;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.support.FixedClock;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static io.runrub.support.TestClinic.PASSWORD;
import static io.runrub.support.TestClinic.london;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks against a real HTTP server in the test (on 127.0.0.1, which the test configuration allows): each
 * appointment event is queued in the listener's transaction, delivered signed (the receiver recomputes the HMAC),
 * retried after a failure and listed with its status; addresses follow the training feeds' private-address rules.
 */
@RunRubIntegrationTest
class WebhooksIntegrationTests {

	static final String SECRET = "whsec-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	HttpServer server;

	final Queue<Received> received = new ConcurrentLinkedQueue<>();

	final AtomicInteger failuresToGive = new AtomicInteger();

	record Received(String signature, String body) {
	}

	RunRubUser rosa;

	RunRubUser admin;

	TherapistView alice;

	MassageService sports;

	@BeforeEach
	void setUp() throws IOException {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		rosa = clinic.runner("Rosa");
		admin = clinic.admin();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int status = failuresToGive.getAndDecrement() > 0 ? 500 : 204;
			if (status == 204) {
				received.add(new Received(exchange.getRequestHeaders().getFirst("X-RunRub-Signature"),
						new String(body, StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void eachAppointmentEventIsDeliveredSignedAndListed() throws Exception {
		long id = register("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
		AppointmentView booked = booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(),
				london("2026-03-24T10:00"), alice.id(), null));
		Actor runner = Actor.of(rosa.accountId(), rosa.role());
		booking.reschedule(booked.id(), london("2026-03-25T11:00"), runner);
		booking.cancel(booked.id(), runner);
		clinic.awaitEvents();

		assertThat(dispatcher.dispatchDue(FixedClock.NOW)).isEqualTo(3);

		assertThat(received).hasSize(3);
		assertThat(received).extracting(Received::body)
			.anySatisfy(body -> assertThat(body).contains("\"type\":\"appointment.booked\"")
				.contains("\"id\":" + booked.id().value()))
			.anySatisfy(body -> assertThat(body).contains("\"type\":\"appointment.moved\"").contains("\"sequence\":1"))
			.anySatisfy(body -> assertThat(body).contains("\"type\":\"appointment.cancelled\""));
		for (Received delivery : received) {
			assertThat(delivery.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
			String t = delivery.signature().substring(2, delivery.signature().indexOf(','));
			assertThat(t).isEqualTo(Long.toString(FixedClock.NOW.getEpochSecond()));
			assertThat(delivery.signature()).endsWith("v1=" + hmac(SECRET, t + "." + delivery.body()));
		}
		mvc.perform(get("/api/v1/admin/webhooks/{id}/deliveries", id).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("SENT"))));
		assertThat(dispatcher.dispatchDue(FixedClock.NOW.plusSeconds(3600))).isZero();
	}

	@Test
	void aFailedDeliveryIsRetriedAfterAWaitThenEndsFailedAfterMaxTries() throws Exception {
		long id = register("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
		booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-24T10:00"),
				alice.id(), null));
		clinic.awaitEvents();
		failuresToGive.set(1);

		dispatcher.dispatchDue(FixedClock.NOW);
		assertThat(received).isEmpty();
		assertThat(dispatcher.dispatchDue(FixedClock.NOW.plusSeconds(30))).as("not before its wait").isZero();
		mvc.perform(get("/api/v1/admin/webhooks/{id}/deliveries", id).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(jsonPath("$[0].status").value("QUEUED"))
			.andExpect(jsonPath("$[0].tries").value(1))
			.andExpect(jsonPath("$[0].responseStatus").value(500));

		dispatcher.dispatchDue(FixedClock.NOW.plus(Duration.ofMinutes(1)));
		assertThat(received).hasSize(1);

		failuresToGive.set(100);
		booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-26T10:00"),
				alice.id(), null));
		clinic.awaitEvents();
		java.time.Instant at = FixedClock.NOW;
		for (int i = 0; i < 5; i++) {
			dispatcher.dispatchDue(at);
			at = at.plus(Duration.ofHours(1));
		}
		assertThat(jdbc.sql("select status from webhook_delivery where event_type = 'appointment.booked' order by id")
			.query(String.class)
			.list()).containsExactly("SENT", "FAILED");
		assertThat(jdbc.sql("select tries from webhook_delivery where status = 'FAILED'").query(Integer.class).single())
			.isEqualTo(5);
	}

	@Test
	void addressesFollowThePrivateAddressRulesAndBadInputIsA4xxNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/admin/webhooks").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"https://10.1.2.3/hook\", \"secret\": \"%s\"}".formatted(SECRET)))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/webhook-private-address"));
		mvc.perform(post("/api/v1/admin/webhooks").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"http://example.com/hook\", \"secret\": \"%s\"}".formatted(SECRET)))
			.andExpect(status().is4xxClientError())
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/webhook-address-invalid"));
		mvc.perform(post("/api/v1/admin/webhooks").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"https://example.com/hook\", \"secret\": \"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("secret")));
		assertThat(jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single()).isZero();
	}

	@Test
	void aRecordedAttendanceIsDeliveredSignedAsAttended() throws Exception {
		register("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
		AppointmentView past = booking.recordPast(new AppointmentBooking.PastAppointment(
				RunnerId.of(rosa.accountId()), alice.id(), sports.id(), london("2026-03-19T10:00"),
				io.runrub.accounts.AccountId.of(admin.accountId())));
		mvc.perform(post("/api/v1/appointments/{id}/attendance", past.id().value())
			.with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\": \"NO_SHOW\"}")).andExpect(status().isOk());
		clinic.awaitEvents();

		assertThat(dispatcher.dispatchDue(FixedClock.NOW)).isEqualTo(1);

		assertThat(received).singleElement().satisfies(delivery -> {
			assertThat(delivery.body()).contains("\"type\":\"appointment.attended\"")
				.contains("\"id\":\"appointment.attended:" + past.id().value() + "\"")
				.contains("\"attendance\":\"NO_SHOW\"");
			String t = delivery.signature().substring(2, delivery.signature().indexOf(','));
			assertThat(delivery.signature()).endsWith("v1=" + hmac(SECRET, t + "." + delivery.body()));
		});
	}

	@Test
	void onlyAdminsManageWebhooksAndADeletedOneGetsNothing() throws Exception {
		mvc.perform(get("/api/v1/admin/webhooks").with(httpBasic(rosa.email(), PASSWORD)))
			.andExpect(status().isForbidden());
		long id = register("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
		mvc.perform(get("/api/v1/admin/webhooks").with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].secret").doesNotExist());
		mvc.perform(delete("/api/v1/admin/webhooks/{id}", id).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/admin/webhooks/{id}/deliveries", id).with(httpBasic(admin.email(), PASSWORD)))
			.andExpect(status().isNotFound());
		booking.book(new BookingRequest(RunnerId.of(rosa.accountId()), sports.id(), london("2026-03-24T10:00"),
				alice.id(), null));
		clinic.awaitEvents();
		assertThat(dispatcher.dispatchDue(FixedClock.NOW)).isZero();
		assertThat(received).isEmpty();
	}

	private long register(String url) throws Exception {
		String json = mvc.perform(post("/api/v1/admin/webhooks").with(httpBasic(admin.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"%s\", \"secret\": \"%s\"}".formatted(url, SECRET)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static String hmac(String secret, String text) throws Exception {
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
	}

}
