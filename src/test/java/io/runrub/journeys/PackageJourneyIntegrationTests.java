package io.runrub.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.runrub.support.RunRubJourney;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A package bought online and paid at the desk, in a real browser on a phone-wide screen: a new runner buys the demo
 * clinic's five sports massages on *Payments* (the statement then shows the purchase, five sessions left and what is
 * owed); the admin finds the runner from *Packages*, records the payment, and the runner owes nothing.
 */
@RunRubJourney
class PackageJourneyIntegrationTests {

	@LocalServerPort
	int port;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("package", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aRunnerBuysAPackageAndTheDeskRecordsThePayment() {
		page.navigate("/signup");
		page.getByLabel("Name").fill("Petra Package");
		page.getByLabel("Email").fill("petra@example.com");
		page.getByLabel("Password").fill("five-long-runs-7");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Payments")).click();
		assertThat(page.locator("#statement-credits")).hasCount(0);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buy Five 60-minute sports massages"))
			.click();
		assertThat(page.locator(".flash.success")).containsText("Package bought");
		assertThat(page.locator("#statement-credits")).containsText("5 left");
		assertThat(page.locator("#statement-balance")).containsText("To pay at the clinic");
		assertThat(page.locator("#statement-balance")).containsText("£300.00");
		assertThat(page.locator("#statement-entries")).containsText("Package bought: Five 60-minute sports massages");
		browser.screenshot("bought");
		page.locator("form[action='/logout'] button").click();

		page.navigate("/login");
		page.getByLabel("Email").fill("admin@runrub.demo");
		page.getByLabel("Password").fill("runrub-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Packages")).click();
		page.getByLabel("Name or email").fill("petra");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find the runner")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Petra Package")).first().click();
		assertThat(page.locator("#statement-balance")).containsText("£300.00");
		page.locator("#payment-form").getByLabel("Amount").fill("300");
		page.locator("#payment-form button[type=submit]").click();
		Locator balance = page.locator("#statement-balance");
		assertThat(balance).containsText("£0.00");
		assertThat(balance).not().containsText("To pay at the clinic");
		assertThat(page.locator("#statement-entries")).containsText("Payment");
		browser.screenshot("paid");
	}

}
