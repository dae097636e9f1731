package io.runrub.journeys;

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
 * The front desk: the demo admin opens the clinic's schedule, finds the demo runner by name and books a massage for
 * her from the schedule; the booking shows in her therapist's column. Screenshots at 390 and 1280 px wide.
 */
@RunRubJourney
class DeskJourneyIntegrationTests {

	@LocalServerPort
	int port;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("desk", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void theAdminBooksForAClientFromTheSchedule() {
		page.navigate("/login");
		page.getByLabel("Email").fill(DemoAccounts.ADMIN_EMAIL);
		page.getByLabel("Password").fill(DemoAccounts.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule").setExact(true)).first().click();
		// a Thursday a week ahead, well past the notice
		page.getByLabel("Go to").fill("2026-03-26");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Schedule for Thursday 26 March 2026")))
			.isVisible();
		assertThat(page.locator("#desk-grid thead th")).not().hasCount(1);

		page.getByLabel("Find a client by name or email").fill("rosa");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Book for Rosa Runner")).click();
		assertThat(page.getByLabel("Client's email")).hasValue(DemoAccounts.RUNNER_EMAIL);
		page.getByLabel("Service").selectOption(new SelectOption().setLabel("Sports massage (60 min)"));
		page.locator("#therapistId").selectOption(new SelectOption().setLabel("John"));
		page.getByLabel("Start time").fill("13:00");
		browser.screenshot("book-390");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book").setExact(true)).click();
		assertThat(page.locator(".flash.success, .flash.error, .field-error").first()).isVisible();
		browser.screenshot("after-book-390");

		assertThat(page.locator(".flash.success")).containsText("Booked Rosa Runner");
		Locator booked = page.locator("#desk-grid .appointment").filter(new Locator.FilterOptions().setHasText("Rosa Runner"));
		assertThat(booked).hasCount(1);
		assertThat(booked).containsText("13:00");
		browser.screenshot("booked-390");
		page.setViewportSize(1280, 900);
		browser.screenshot("booked-1280");
	}

}
