package io.runrub.journeys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import io.runrub.support.RunRubJourney;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A new runner fills in the health questions and the profile, opens the plan, asks "why this day?", books the whole
 * plan and finds the massages under "My appointments" — in a real browser against the demo clinic.
 */
@RunRubJourney
class PlanJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("plan", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void fillTheProfileAndIntakeOpenThePlanAskWhyAndBookItAll() {
		page.navigate("/signup");
		page.getByLabel("Name").fill("Carla Calves");
		page.getByLabel("Email").fill("carla@example.com");
		page.getByLabel("Password").fill("long-run-sunday");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

		for (Locator no : page.locator("#intake input[type=radio][value=no]").all()) {
			no.check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
		assertThat(page.locator(".flash.success")).containsText("your health answers are saved");

		page.navigate("/profile");
		page.locator("#trainingDaysPerWeek").fill("4");
		page.locator("#level").selectOption("RECREATIONAL");
		page.locator("#pressureTolerance").selectOption("FIRM");
		page.locator("input[name=goals][value=MAINTENANCE]").check();
		page.locator("#monthlyBudget").fill("130");
		page.locator("#preferredTherapistId").selectOption(new SelectOption().setLabel("John"));
		Locator complaint = page.locator("#complaints select[name$='.area']").first();
		complaint.selectOption("CALVES");
		page.locator("#complaints select[name$='.kind']").first().selectOption("TIGHTNESS");
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
		page.locator("#complaints input[name$='.since']").first().fill(today.minusWeeks(2).toString());
		page.locator("#complaints select[name$='.severity']").first().selectOption("4");
		browser.screenshot("profile");
		org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("the profile, with its week of times, fits a 390 px phone without scrolling sideways")
			.isLessThanOrEqualTo(390);
		page.locator("#save-profile").click();
		assertThat(page.locator(".flash.success")).isVisible();

		page.navigate("/plan");
		Locator massages = page.locator("#plan-timeline .massage");
		assertThat(massages.first()).isVisible();
		Locator first = massages.first();
		assertThat(first).containsText("Deep tissue massage");
		first.locator("summary", new Locator.LocatorOptions().setHasText("Why this day?")).click();
		Locator reasons = first.locator(".why li");
		assertThat(reasons.filter(new Locator.FilterOptions().setHasText("TYPE-AREA-DEEP"))).hasCount(1);
		assertThat(reasons.filter(new Locator.FilterOptions().setHasText("evidence: weak")).first()).isVisible();
		assertThat(first.locator(".why")).containsText("calves");
		browser.screenshot("why-this-day");
		int planned = massages.count();

		page.locator("#book-plan").click();
		assertThat(page.locator("#proposals tbody tr")).hasCount(planned);
		browser.screenshot("book-preview");
		page.locator("#confirm-plan").click();
		assertThat(page.locator(".flash.success")).containsText("Booked");
		assertThat(page.locator("#plan-timeline .massage .booked").first()).isVisible();
		if (page.locator("#plan-timeline .massage:not(:has(.booked))").count() == 0) {
			assertThat(page.locator("#book-plan")).hasCount(0); // nothing left to book: no button to book it
		}
		browser.screenshot("plan-booked");

		page.navigate("/training");
		assertThat(page.locator("#load-chart svg .mark.massage").first()).isAttached(); // the chart's circle

		page.navigate("/appointments");
		Locator upcoming = page.locator(".appointment[data-appointment-id]");
		assertThat(upcoming.first()).isVisible();
		assertThat(upcoming.filter(new Locator.FilterOptions().setHasText("Deep tissue massage")).first()).isVisible();
		org.assertj.core.api.Assertions.assertThat(upcoming.count()).isEqualTo(
				page.context().request().get("/api/v1/appointments").text().split("\"status\":\"BOOKED\"").length - 1);
		browser.screenshot("appointments");
	}

}
