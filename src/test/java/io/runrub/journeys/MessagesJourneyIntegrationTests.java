package io.runrub.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.runrub.support.FixedClock;
import io.runrub.support.RunRubJourney;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What a clinic's client hears, seen in a real browser: a new runner books a massage, subscribes to their calendar
 * (a private webcal address with help for their calendar app), and the admin finds the booking confirmation on the
 * Messages page — kept, as the demo has no mail server — with the price, the policy and the link to manage it.
 */
@RunRubJourney
class MessagesJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClinic clinic;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("messages", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aRunnerBooksAndSubscribesAndTheAdminSeesTheConfirmation() {
		page.navigate("/signup");
		page.getByLabel("Name").fill("Mara Miler");
		page.getByLabel("Email").fill("mara@example.com");
		page.getByLabel("Password").fill("negative-splits-9");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		for (Locator no : page.locator("#intake input[type=radio][value=no]").all()) {
			no.check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();

		page.locator("#services a", new Page.LocatorOptions().setHasText("Sports massage")).first().click();
		page.locator("#therapists a", new Page.LocatorOptions().setHasText("Any therapist")).click();
		LocalDate earliest = LocalDate.ofInstant(FixedClock.NOW, ZoneId.of("Europe/London")).plusDays(2);
		assertThat(page.locator("#days a.day").first()).isVisible();
		boolean found = false;
		for (int i = 0; i < page.locator("#days a.day").count() && !found; i++) {
			Locator day = page.locator("#days a.day").nth(i);
			LocalDate date = LocalDate.parse(day.getAttribute("href").replaceAll(".*[?&]day=([0-9-]{10}).*", "$1"));
			if (date.isBefore(earliest)) {
				continue;
			}
			day.click();
			// this day's times, not the previous day's
			assertThat(page.locator("h2").last()).containsText(
					date.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM", java.util.Locale.UK)));
			found = page.locator("#slots a.chip").count() > 0;
		}
		org.assertj.core.api.Assertions.assertThat(found).as("a day with free times").isTrue();
		page.locator("#slots a.chip").first().click();
		page.getByLabel("My health answers are still true").check();
		page.locator("#confirm").click();
		assertThat(page.locator(".flash.success")).containsText("Booked: Sports massage");

		// the runner's calendar subscription: a private webcal address and how to add it
		page.navigate("/calendar-feed");
		if (page.locator("#calendar-feed-url").count() == 0) {
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a new address")).click();
		}
		assertThat(page.locator("#calendar-feed-url")).containsText("webcal://");
		assertThat(page.locator("#calendar-feed-subscribe")).hasAttribute("href",
				java.util.regex.Pattern.compile("^webcal://.*/calendar/.+\\.ics$"));
		browser.screenshot("calendar-feed");
		page.locator("form[action='/logout'] button").click();

		// the confirmation is written by a durable listener after the booking commits
		clinic.awaitEvents();
		page.navigate("/login");
		page.getByLabel("Email").fill("admin@runrub.demo");
		page.getByLabel("Password").fill("runrub-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.navigate("/admin/messages?to=mara@example.com");
		Locator confirmation = page.locator("#messages tr", new Page.LocatorOptions().setHasText("Booked: Sports massage"));
		assertThat(confirmation).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
			.setTimeout(Duration.ofSeconds(10).toMillis()));
		assertThat(confirmation).containsText("mara@example.com");
		assertThat(confirmation).containsText("Booking confirmation");
		browser.screenshot("messages");
		confirmation.locator("a").first().click();
		assertThat(page.locator("main")).containsText("Hello Mara Miler");
		assertThat(page.locator("main")).containsText("Price");
		assertThat(page.locator("main")).containsText("/appointments");
		browser.screenshot("message");
	}

}
