package io.runrub.journeys;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.runrub.accounts.DemoAccounts;
import io.runrub.support.RunRubJourney;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The admin sets up the clinic in a real browser: adds a therapist with a login, gives them weekly hours with a lunch
 * break, books them time off (typed as the clinic writes dates and times), adds a service, and edits the booking
 * policies, where a wrong value is marked, described and focused. Every step is photographed at a phone's width
 * (390 px) and a desktop's (1280 px) under target/playwright/. What the journey adds is its own (a new therapist; the
 * new service is left inactive; the policies are saved back unchanged), so other journeys see the demo clinic as
 * seeded.
 */
@RunRubJourney
class AdminSetupJourneyIntegrationTests {

	@LocalServerPort
	int port;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("admin-setup", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void theAdminAddsATherapistWithHoursAndTimeOffAServiceAndSetsThePolicies() {
		logIn();

		// a therapist with a login
		page.navigate("/admin/therapists");
		Locator therapistForm = page.locator("#new-therapist");
		String name = "Jo Journey " + System.nanoTime() % 100_000;
		therapistForm.getByLabel("Name").fill(name);
		therapistForm.getByLabel("Email for their login").fill("jo-" + System.nanoTime() + "@example.com");
		therapistForm.getByLabel("Password for their login").fill("stretch-and-roll-12");
		therapistForm.getByLabel("Sports massage").check();
		shots("new-therapist");
		therapistForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add therapist")).click();
		assertThat(page.locator(".flash.success")).containsText(name + " is added with a login");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();

		// Mondays 09:00-12:30 and 13:30-18:00: the gap is the lunch break
		Locator hours = page.locator("#hours");
		hours.getByLabel("Day of row 1").selectOption(new SelectOption().setLabel("Monday"));
		hours.getByLabel("Start of row 1").fill("09:00");
		hours.getByLabel("End of row 1").fill("12:30");
		hours.getByLabel("Day of row 2").selectOption(new SelectOption().setLabel("Monday"));
		hours.getByLabel("Start of row 2").fill("13:30");
		hours.getByLabel("End of row 2").fill("18:00");
		shots("hours-with-a-break");
		hours.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save working hours")).click();
		assertThat(page.locator(".flash.success")).containsText("The working hours are saved.");
		assertThat(page.locator("#hours").getByLabel("End of row 1")).hasValue("12:30");
		assertThat(page.locator("#hours").getByLabel("Start of row 2")).hasValue("13:30");

		// time off, typed day/month/year and on the 24-hour clock whatever the browser's own locale
		Locator timeOff = page.locator("#time-off");
		assertThat(timeOff.getByLabel("From")).hasAttribute("type", "text");
		assertThat(timeOff.getByLabel("From")).hasAttribute("placeholder", "dd/mm/yyyy hh:mm");
		timeOff.getByLabel("From").fill("06/04/2026 13:00");
		timeOff.getByLabel("Until").fill("10/04/2026 18:30");
		timeOff.getByLabel("Reason").fill("Course in Leeds");
		shots("time-off");
		timeOff.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add time off")).click();
		assertThat(page.locator(".flash.success")).containsText("The time off is added.");
		assertThat(page.locator(".item", new Page.LocatorOptions().setHasText("Course in Leeds")))
			.containsText("From Mon 6 Apr 2026, 13:00 until Fri 10 Apr 2026, 18:30");

		// a service, then left inactive so that no other journey is offered it
		page.navigate("/admin/services");
		Locator serviceForm = page.locator("#new-service");
		String service = "Recovery flush " + System.nanoTime() % 100_000;
		serviceForm.getByLabel("Name").fill(service);
		serviceForm.getByLabel("Modality").selectOption(new SelectOption().setLabel("Sports massage"));
		serviceForm.getByLabel("Duration in minutes").fill("45");
		serviceForm.getByLabel(Pattern.compile("^Price in")).fill("52.50");
		serviceForm.getByLabel("Buffer before, in minutes").fill("0");
		serviceForm.getByLabel("Buffer after, in minutes").fill("10");
		shots("new-service");
		serviceForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add service")).click();
		assertThat(page.locator(".flash.success")).containsText(service + " is added.");
		Locator added = page.locator(".item", new Page.LocatorOptions().setHasText(service));
		assertThat(added).containsText("45 minutes");
		assertThat(added).containsText("£52.50");
		added.getByText("Edit").click();
		added.getByLabel("Active: runners can book this service").uncheck();
		added.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		assertThat(page.locator(".item", new Page.LocatorOptions().setHasText(service))).containsText("Inactive");

		// the policies: a wrong value is marked, described by its error and has the cursor; then saved as they were
		page.navigate("/admin");
		// the notice's unit sits level with its number, not stretched to the height of the label and the box
		page.setViewportSize(390, 844);
		var number = page.locator("#minNotice").boundingBox();
		var unit = page.locator("select[name=minNoticeUnit]").boundingBox();
		org.assertj.core.api.Assertions.assertThat(unit.height).isLessThan(number.height * 1.5);
		org.assertj.core.api.Assertions.assertThat(unit.y + unit.height).isCloseTo(number.y + number.height,
				org.assertj.core.api.Assertions.within(4.0));
		page.setViewportSize(1280, 900);
		Locator days = page.getByLabel("How many days ahead runners may book");
		String daysAhead = days.inputValue();
		days.fill("0");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the clinic")).click();
		Locator wrong = page.getByLabel("How many days ahead runners may book");
		assertThat(wrong).hasAttribute("aria-invalid", "true");
		assertThat(wrong).hasAttribute("aria-describedby", "maxDaysAhead-error");
		assertThat(page.locator("#maxDaysAhead-error")).isVisible();
		assertThat(wrong).isFocused();
		shots("policies-error");
		wrong.fill(daysAhead);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the clinic")).click();
		assertThat(page.locator(".flash.success")).containsText("The clinic and its policies are saved.");
		shots("policies-saved");
	}

	/** The page at a phone's width and at a desktop's. */
	private void shots(String name) {
		page.setViewportSize(390, 844);
		browser.screenshot(name + "-390");
		page.setViewportSize(1280, 900);
		browser.screenshot(name + "-1280");
	}

	private void logIn() {
		page.navigate("/login");
		page.getByLabel("Email").fill(DemoAccounts.ADMIN_EMAIL);
		page.getByLabel("Password").fill(DemoAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Log out"))))
			.isVisible();
	}

}
