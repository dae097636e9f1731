package io.runrub.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.runrub.support.RunRubJourney;
import io.runrub.accounts.AccountRegistration;
import io.runrub.training.imports.fit.GeneratedRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A runner imports a training plan (.ics) and a watch activity (.fit), finds both in the calendar and on the load
 * chart, then uploads a broken file and reads why it was refused — in a real browser against the demo clinic.
 */
@RunRubJourney
class TrainingJourneyIntegrationTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

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
		browser = new BrowserSession("training", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void importAPlanAndARunSeeThemInTheCalendarAndOnTheChartAndAReasonForABrokenFile() throws IOException {
		registration.signUpRunner("tess@example.com", "threshold-thursday", "Tess Tempo");
		LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
		LocalDate yesterday = today.minusDays(1);
		LocalDate tomorrow = today.plusDays(1);
		Path plan = files.resolve("plan.ics");
		Files.writeString(plan, """
				BEGIN:VCALENDAR\r
				VERSION:2.0\r
				PRODID:-//TrainingPeaks//EN\r
				BEGIN:VEVENT\r
				UID:tp-1@example.com\r
				DTSTAMP:20260101T000000Z\r
				DTSTART;VALUE=DATE:%s\r
				SUMMARY:Run: 6 x 800m intervals\r
				DESCRIPTION:Warm up 15 min\\, 6 x 800m at 5K pace\\, cool down. Duration: 1:05:00\r
				END:VEVENT\r
				BEGIN:VEVENT\r
				UID:tp-2@example.com\r
				DTSTAMP:20260101T000000Z\r
				DTSTART;VALUE=DATE:%s\r
				SUMMARY:Easy run 40 min\r
				END:VEVENT\r
				END:VCALENDAR\r
				""".formatted(ICS_DATE.format(tomorrow), ICS_DATE.format(tomorrow.plusDays(2))));
		Path run = files.resolve("morning-run.fit");
		Files.write(run, GeneratedRuns.run(yesterday.atTime(7, 0).atZone(LONDON).toInstant(), Duration.ofHours(1), 7));
		Path broken = files.resolve("broken.fit");
		Files.write(broken, Files.readAllBytes(Path.of("src/test/resources/fit/activity-unexpected-eof.fit")));

		page.navigate("/login");
		page.getByLabel("Email").fill("tess@example.com");
		page.getByLabel("Password").fill("threshold-thursday");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.navigate("/training");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Training").setExact(true)))
			.isVisible();

		page.locator("#files").setInputFiles(new Path[] { plan, run });
		browser.screenshot("files-chosen");
		page.locator("#import-form button[type=submit]").click();

		Locator reports = page.locator("#import-reports");
		assertThat(reports.locator("[data-status=IMPORTED]")).hasCount(2);
		assertThat(reports).containsText("plan.ics");
		assertThat(reports).containsText("2 items imported.");
		assertThat(reports).containsText("morning-run.fit");

		Locator planned = page.locator("#calendar .day[data-date='" + tomorrow + "'] .entry.planned");
		assertThat(planned).hasCount(1);
		assertThat(planned).containsText("Intervals");
		assertThat(planned).containsText("hard");
		// at 390 px the month's columns are narrow: the session shows a short word whole, on one line, inside its
		// day ("Reps", not "Interva" cut off or "Interva|ls" split)
		Locator shortWord = planned.locator(".type-short");
		assertThat(shortWord).isVisible();
		assertThat(shortWord).hasText("Reps");
		org.assertj.core.api.Assertions.assertThat((Boolean) shortWord.evaluate("e => e.getClientRects().length === 1 && "
				+ "e.getBoundingClientRect().right <= e.closest('.day').getBoundingClientRect().right + 0.5"))
			.as("the short word fits its day").isTrue();
		Locator done = page.locator("#calendar .day[data-date='" + yesterday + "'] .entry.completed");
		assertThat(done).hasCount(1);
		assertThat(done).containsText("60 min");

		String label = DateTimeFormatter.ofPattern("d MMM", Locale.UK).format(yesterday);
		// each day of the chart says its numbers (the phone's drawing is the one shown at 390 px)
		assertThat(page.locator("#load-chart svg.narrow rect.hit[data-date='" + yesterday + "'] title"))
			.containsText(label + ": load");
		String tomorrowLabel = DateTimeFormatter.ofPattern("d MMM", Locale.UK).format(tomorrow);
		assertThat(page.locator("#load-chart svg.narrow rect.hit[data-date='" + tomorrow + "'] title"))
			.containsText(tomorrowLabel + ": load");
		assertThat(page.locator("#load-chart svg.narrow rect.hit[data-date='" + tomorrow + "'] title"))
			.containsText("planned");
		assertThat(page.locator("#load-chart svg.narrow rect.bar.projected")).not().hasCount(0);
		browser.screenshot("imported");

		page.locator("#files").setInputFiles(broken);
		page.locator("#import-form button[type=submit]").click();
		Locator rejected = page.locator("#import-reports [data-status=REJECTED]");
		assertThat(rejected).containsText("broken.fit");
		assertThat(rejected).containsText("This file is damaged near the end");
		assertThat(page.locator("#calendar .day[data-date='" + yesterday + "'] .entry")).hasCount(1);
		browser.screenshot("rejected");
	}

}
