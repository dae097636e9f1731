package io.runrub.training;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.runrub.accounts.AccountRegistration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import io.runrub.support.RunRubJourney;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads are bounded while they stream into a real server: parts over the multipart limit are cut off and refused
 * before anything reads them, and the server goes on answering. (MockMvc does not parse multipart, so this needs the
 * real server; it shares the journeys' context.)
 */
@RunRubJourney
class UploadLimitsIntegrationTests {

	static final long OVERSIZE = 101L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	AccountRegistration registration;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void fiveParallelOversizeUploadsAreRefusedAndTheServerStaysHealthy() throws Exception {
		String email = "upload-" + UUID.randomUUID() + "@example.com";
		registration.signUpRunner(email, "long-run-sunday-7", "Una Upload");
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((email + ":long-run-sunday-7").getBytes(StandardCharsets.UTF_8));
		List<CompletableFuture<Integer>> uploads = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			uploads.add(http.sendAsync(upload(basic, "huge.gpx", OVERSIZE), HttpResponse.BodyHandlers.discarding())
				.thenApply(HttpResponse::statusCode)
				// the server may close the connection rather than read 100 MB it will refuse: also a refusal
				.exceptionally(failure -> -1));
		}
		for (CompletableFuture<Integer> upload : uploads) {
			assertThat(upload.get(120, TimeUnit.SECONDS)).isIn(413, -1);
		}
		HttpResponse<String> health = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
		HttpResponse<String> normal = http.send(upload(basic, "plan.ics", -1), HttpResponse.BodyHandlers.ofString());
		assertThat(normal.statusCode()).as(normal.body()).isEqualTo(200);
		assertThat(normal.body()).contains("IMPORTED");
	}

	/** A multipart upload of one file: {@code size} bytes of filler generated as it is sent, or a small plan. */
	private HttpRequest upload(String basic, String name, long size) {
		String boundary = "----runrub" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] plan = ImportLimitsIntegrationTests.calendarOf(3, 1);
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me/imports"))
			.header("Authorization", basic)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
					java.util.Collections.enumeration(List.of(new java.io.ByteArrayInputStream(head),
							size < 0 ? new java.io.ByteArrayInputStream(plan) : filler(size),
							new java.io.ByteArrayInputStream(tail))))))
			.build();
	}

	private static InputStream filler(long size) {
		return new InputStream() {

			long left = size;

			@Override
			public int read() {
				return left-- > 0 ? 'x' : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, left);
				java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
				left -= n;
				return n;
			}

		};
	}

}
