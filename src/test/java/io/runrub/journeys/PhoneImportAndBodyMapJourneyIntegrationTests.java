package io.runrub.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.runrub.accounts.AccountRegistration;
import io.runrub.support.RunRubJourney;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390 px): a runner imports a run and follows its progress to the report, reads the chart's numbers by
 * tapping a day, then checks in by tapping areas of the body map. Screenshots under target/playwright/.
 */
@RunRubJourney
class PhoneImportAndBodyMapJourneyIntegrationTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@LocalServerPort
	int port;

	@Autowired
	AccountRegistration registration;

	@Autowired
	Clock clock;

	@TempDir
	Path files;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("phone-import-body-map", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void importWithProgressReadTheChartAndCheckInOnTheBodyMap() throws IOException {
		registration.signUpRunner("pia@example.com", "harbour-lantern-seven", "Pia Phone");
		LocalDate yesterday = LocalDate.ofInstant(clock.instant(), LONDON).minusDays(1);
		Path run = files.resolve("evening-run.gpx");
		Files.writeString(run, Files.readString(Path.of("src/test/resources/imports/garmin-run.gpx"))
			.replace("2026-09-26", yesterday.toString()));

		page.navigate("/login");
		page.getByLabel("Email").fill("pia@example.com");
		page.getByLabel("Password").fill("harbour-lantern-seven");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.navigate("/training");
		// nothing imported yet: the page says what to do instead of showing an empty chart
		assertThat(page.locator("#training-empty")).isVisible();
		assertThat(page.locator("svg.load-chart")).hasCount(0);

		// record what the progress line says and whether the button is disabled, as it happens
		page.evaluate("""
				() => {
				  window.progressSeen = [];
				  const text = document.getElementById('import-progress-text');
				  const button = document.querySelector('#import-form button[type=submit]');
				  new MutationObserver(() => window.progressSeen.push(text.textContent + '|' + button.disabled))
				    .observe(text, { childList: true, characterData: true, subtree: true });
				}""");
		assertThat(page.locator("#import-progress")).isHidden(); // no empty bar before anything is sent
		page.locator("#files").setInputFiles(run);
		page.locator("#import-form button[type=submit]").click();

		Locator report = page.locator("#import-reports [data-status=IMPORTED]");
		assertThat(report).containsText("evening-run.gpx");
		assertThat(report.locator("li[data-date='" + yesterday + "'] a")).hasAttribute("href",
				"/training?view=week&date=" + yesterday);
		@SuppressWarnings("unchecked")
		List<String> seen = (List<String>) page.evaluate("() => window.progressSeen");
		assertThat(seen).as("progress while it ran, the button disabled").contains("Reading your file…|true");
		browser.screenshot("import-report");

		assertThat(page.locator("svg.load-chart.narrow")).isVisible();
		assertThat(page.locator("svg.load-chart.wide")).isHidden();
		page.locator("svg.load-chart.narrow rect.hit[data-date='" + yesterday + "']").click();
		assertThat(page.locator("#chart-readout")).containsText(": load ");
		page.locator("#chart-table summary").click();
		assertThat(page.locator("#chart-table tr[data-date='" + yesterday + "']")).isVisible();
		browser.screenshot("chart-tapped");

		page.navigate("/care");
		Locator calves = page.locator("svg.body-figure.back a.area[data-area=CALVES]");
		assertThat(calves).hasAttribute("aria-label", "Calves: not marked");
		calves.locator("ellipse").first().click(); // the left calf, as a thumb would

		assertThat(page.locator("#area_CALVES")).isFocused();
		page.locator("#area_CALVES").fill("6");
		assertThat(calves).hasAttribute("class", "area level-6");
		page.locator("svg.body-figure.back a.area[data-area=LOW_BACK] rect").click();
		assertThat(page.locator("#area_LOW_BACK")).isFocused();
		page.keyboard().type("3");
		browser.screenshot("body-map-marked");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save body check-in")).click();

		assertThat(page.locator(".flash.success")).containsText("Body check-in saved.");
		assertThat(page.locator("#body-trend tr[data-area=CALVES]")).containsText("6/10");
		assertThat(page.locator("#body-trend tr[data-area=LOW_BACK]")).containsText("3/10");
		browser.screenshot("body-check-in-saved");
	}

}
