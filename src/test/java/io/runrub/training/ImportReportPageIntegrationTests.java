package io.runrub.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.runrub.accounts.RunRubUser;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.SessionCookie;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report an import answers with on the training page: what was added, when, and where to find it. */
@RunRubIntegrationTest
class ImportReportPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	RunRubUser rita;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rita = clinic.runner("Rita");
	}

	String importAndShow(String name, byte[] content) throws Exception {
		MvcResult posted = mvc.perform(multipart("/training/import")
			.file(new MockMultipartFile("files", name, null, content))
			.with(csrf())
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		// the report waits in the session for the page the answer redirects to, as it does for a browser
		return mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(SessionCookie.from(posted))
			.with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theReportListsEachActivityWithItsDateTypeLengthAndALinkToItsDayAndSaysItIsOutsideTheChart() throws Exception {
		// the run is dated 26 September 2026; the chart shows 23 January to 17 April 2026
		String page = importAndShow("garmin-run.gpx", Files.readAllBytes(Path.of("src/test/resources/imports/garmin-run.gpx")));

		assertThat(page).contains("href=\"/training?view=week&amp;date=2026-09-26\"")
			.contains("Sat 26 September 2026")
			.contains("1 activity is outside the chart, which shows 23 January 2026 to 17 April 2026")
			.contains("this file goes from 26 September 2026 to 26 September 2026");
		String item = page.substring(page.indexOf("data-date=\"2026-09-26\""));
		item = item.substring(0, item.indexOf("</li>"));
		assertThat(item).contains(">Easy<").containsPattern(">\\d+ min<");
	}

	@Test
	void anActivityInsideTheChartIsListedWithoutTheOutsideWarning() throws Exception {
		String gpx = Files.readString(Path.of("src/test/resources/imports/garmin-run.gpx")).replace("2026-09-26", "2026-03-18");

		String page = importAndShow("march.gpx", gpx.getBytes());

		assertThat(page).contains("date=2026-03-18\"").doesNotContain("outside the chart");
	}

	@Test
	void aFitFileDamagedNearItsEndIsExplainedInPlainWordsWithTheTechnicalDetailFoldedAway() throws Exception {
		byte[] fit = Files.readAllBytes(Path.of("src/test/resources/fit/activity-small-fenix2-run.fit"));
		byte[] damaged = Arrays.copyOf(fit, fit.length + 83);
		Arrays.fill(damaged, fit.length, damaged.length, (byte) 7);

		String page = importAndShow("run.fit", damaged);

		assertThat(page).contains("This file is damaged near the end — export it again from your watch.");
		String details = page.substring(page.indexOf("<details class=\"import-detail\">"));
		details = details.substring(0, details.indexOf("</details>"));
		assertThat(details).contains("<summary>Technical details (for support)</summary>")
			.contains("goes on for 83 bytes after its end");
		String beforeDetails = page.substring(page.indexOf("id=\"import-reports\""), page.indexOf("<details class=\"import-detail\">"));
		assertThat(beforeDetails).doesNotContain("bytes after its end");
	}

	@Test
	void theFormCarriesItsProgressWordsAndScriptAndStillPostsWithoutIt() throws Exception {
		String page = mvc.perform(get("/training").with(httpBasic(rita.email(), PASSWORD)))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("action=\"/training/import\"").contains("enctype=\"multipart/form-data\"")
			.contains("data-reading=\"Reading your file…\"")
			.contains("<progress id=\"import-progress-bar\"")
			.contains("src=\"/js/imports.js\"");
	}

}
