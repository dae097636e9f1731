package io.runrub.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.runrub.accounts.RunRubUser;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The probe's hostile uploads against the import endpoint, over HTTP (issue 10, deliverable 9): XXE variants and
 * DOCTYPEs in GPX and TCX, a zip bomb, a gzip bomb, traversal names, malformed and oversize bodies. Each answers a
 * clear 4xx and imports nothing.
 */
@RunRubIntegrationTest
class HostileUploadsIntegrationTests {

	static final String GPX_TRACK = """
			<gpx version="1.1" creator="probe" xmlns="http://www.topografix.com/GPX/1/1">
			<trk><name>&xxe;</name><trkseg>
			<trkpt lat="51.5" lon="-0.1"><time>2026-03-18T07:00:00Z</time></trkpt>
			<trkpt lat="51.51" lon="-0.1"><time>2026-03-18T07:30:00Z</time></trkpt>
			</trkseg></trk></gpx>""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	JdbcClient jdbc;

	RunRubUser runner;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		runner = clinic.runner("Rosa");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
			"<!DOCTYPE gpx [<!ENTITY % remote SYSTEM \"http://127.0.0.1:1/x.dtd\"> %remote;]>",
			"<!DOCTYPE gpx [<!ENTITY xxe \"a\"><!ENTITY b \"&xxe;&xxe;&xxe;&xxe;&xxe;&xxe;&xxe;&xxe;\">]>",
			"<!DOCTYPE gpx SYSTEM \"http://127.0.0.1:1/gpx.dtd\">" })
	void xxeAndDoctypesInGpxAreRefused(String doctype) throws Exception {
		upload("run.gpx", ("<?xml version=\"1.0\"?>" + doctype + GPX_TRACK).getBytes(StandardCharsets.UTF_8))
			.andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	@Test
	void xxeInTcxIsRefused() throws Exception {
		String tcx = """
				<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
				<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
				<Activities><Activity Sport="Running"><Id>2026-03-18T07:00:00Z</Id><Notes>&xxe;</Notes>
				<Lap StartTime="2026-03-18T07:00:00Z"><TotalTimeSeconds>1800</TotalTimeSeconds>
				<DistanceMeters>5000</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>""";
		upload("run.tcx", tcx.getBytes(StandardCharsets.UTF_8)).andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("activities/bomb.gpx"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 1024; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		upload("export.zip", bytes.toByteArray()).andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	@Test
	void aGzipBombIsRefused() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 1024; i++) {
				gzip.write(spaces);
			}
		}
		upload("run.gpx.gz", bytes.toByteArray()).andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd.gpx", "..\\..\\windows\\run.gpx", "/etc/run.gpx", "run\u0000.gpx" })
	void traversalNamesInsideAZipAreRefusedOrIgnored(String name) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write("not a track".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		upload("export.zip", bytes.toByteArray()).andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../../etc/passwd", "run.exe", "" })
	void strangeFileNamesAreRefused(String name) throws Exception {
		upload(name, "garbage".getBytes(StandardCharsets.UTF_8)).andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	@Test
	void malformedFilesAreRefused() throws Exception {
		upload("run.gpx", "<gpx><trk><trkseg><trkpt".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().is4xxClientError());
		upload("run.fit", new byte[] { 14, 16, 1, 2, 3 }).andExpect(status().is4xxClientError());
		upload("plan.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	@Test
	void malformedAndOversizeJsonBodiesAreRefused() throws Exception {
		mvc.perform(post("/api/v1/me/training/sessions").with(httpBasic(runner.email(), PASSWORD))
			.contentType("application/json")
			.content("{\"date\": \"2026-03-18\", ")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/me/training/sessions").with(httpBasic(runner.email(), PASSWORD))
			.contentType("application/json")
			.content("{\"title\": \"" + "x".repeat(2_000_000) + "\"}")).andExpect(status().is4xxClientError());
		mvc.perform(post("/api/v1/me/training/sessions").with(httpBasic(runner.email(), PASSWORD))
			.contentType("text/plain")
			.content("hello")).andExpect(status().is4xxClientError());
		assertNothingImported();
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/me/imports")
			.file(new MockMultipartFile("files", name, "application/octet-stream", content))
			.with(httpBasic(runner.email(), PASSWORD)));
	}

	private void assertNothingImported() {
		assertThat(jdbc.sql("select count(*) from training_session").query(Long.class).single()).isZero();
	}

}
