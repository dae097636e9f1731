package io.runrub.journeys;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import io.runrub.support.RunRubJourney;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A runner books the whole plan, her marathon moves a week later, and the booked massages follow: the plan proposes
 * the pre-race massage on the new date with a real free time, she accepts in one click, and the training calendar
 * shows the massage on its new day. In a real browser against the demo clinic. (The race is moved through the API:
 * the training page has no form to edit a race yet.)
 */
@RunRubJourney
class ReplanJourneyIntegrationTests {

	static final String EMAIL = "marta@example.com";

	static final String PASSWORD = "tempo-tuesday-7";

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Autowired
	TestClinic clinic;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("replan", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void bookThePlanMoveTheRaceSeeTheMassagesFollowAndAccept() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
		LocalDate race = today.plusWeeks(5);
		page.navigate("/signup");
		page.getByLabel("Name").fill("Marta Marathon");
		page.getByLabel("Email").fill(EMAIL);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		for (Locator no : page.locator("#intake input[type=radio][value=no]").all()) {
			no.check();
		}
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
		page.navigate("/profile");
		page.locator("#trainingDaysPerWeek").fill("4");
		page.locator("#level").selectOption("RECREATIONAL");
		page.locator("#pressureTolerance").selectOption("MEDIUM");
		page.locator("input[name=goals][value=MAINTENANCE]").check();
		page.locator("#monthlyBudget").fill("300");
		page.locator("#save-profile").click();
		assertThat(page.locator(".flash.success")).isVisible();

		APIResponse added = page.context().request().post("/api/v1/me/training/races", raceAt(race));
		org.assertj.core.api.Assertions.assertThat(added.status()).as(added.text()).isEqualTo(201);
		clinic.awaitEvents();

		page.navigate("/plan");
		Locator beforeRace = page.locator("#plan-timeline li[data-date='" + race.minusDays(3) + "'] .massage, "
				+ "#plan-timeline li[data-date='" + race.minusDays(2) + "'] .massage");
		assertThat(beforeRace).hasCount(1);
		page.locator("#book-plan").click();
		page.locator("#confirm-plan").click();
		assertThat(page.locator(".flash.success")).containsText("Booked");
		browser.screenshot("plan-booked");

		String id = added.text().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
		APIResponse moved = page.context().request().put("/api/v1/me/training/races/" + id, raceAt(race.plusWeeks(1)));
		org.assertj.core.api.Assertions.assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		clinic.awaitEvents();

		page.navigate("/plan");
		Locator proposal = page.locator(".massage .flag[data-status=MOVE_PROPOSED]")
			.filter(new Locator.FilterOptions().setHasText("no longer two or three days after it"));
		assertThat(proposal).hasCount(1);
		assertThat(proposal).containsText("Better on another day");
		browser.screenshot("move-proposed");
		proposal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept the new time")).click();
		assertThat(page.locator(".flash.success")).containsText("your plan follows the change");
		clinic.awaitEvents();

		page.navigate("/plan");
		Locator newDay = page.locator("#plan-timeline li[data-date='" + race.plusWeeks(1).minusDays(3) + "'] .massage .booked, "
				+ "#plan-timeline li[data-date='" + race.plusWeeks(1).minusDays(2) + "'] .massage .booked");
		assertThat(newDay).hasCount(1);
		browser.screenshot("moved");

		page.navigate("/training?view=week&date=" + race.plusWeeks(1).minusDays(2));
		assertThat(page.locator("#calendar .entry.massage.booked").first()).isVisible();
		browser.screenshot("calendar-week");
	}

	private static RequestOptions raceAt(LocalDate day) {
		return auth().setHeader("Content-Type", "application/json")
			.setData("{\"date\":\"%s\",\"name\":\"City Marathon\",\"distanceMeters\":42195,\"priority\":\"A\"}"
				.formatted(day));
	}

	private static RequestOptions auth() {
		return RequestOptions.create()
			.setHeader("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

}
