package io.runrub.journeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.runrub.support.RunRubJourney;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A new runner signs up, answers the health questions, books a massage step by step on a phone-wide screen (each step
 * swapping in place and scrolling the next choice into view; confirming that the answers still hold, with the price
 * and the cancellation policy in view), finds it under "My appointments", moves it to another therapist through the
 * confirm step, and cancels it — in a real browser against the demo clinic.
 */
@RunRubJourney
class BookingJourneyIntegrationTests {

	@LocalServerPort
	int port;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("booking", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void signUpBookSeeAndCancel() {
		page.navigate("/signup");
		page.getByLabel("Name").fill("Paula Pacer");
		page.getByLabel("Email").fill("paula@example.com");
		page.getByLabel("Password").fill("tempo-tuesday");
		browser.screenshot("signup");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Create account"))
			.click();

		// the health questions come first, then booking
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Health questions"))).isVisible();
		Locator noAnswers = page.locator("#intake input[type=radio][value=no]");
		org.assertj.core.api.Assertions.assertThat(noAnswers.count()).as("a no for every question").isEqualTo(15);
		for (Locator no : noAnswers.all()) {
			no.check();
		}
		browser.screenshot("health-questions");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Save my answers"))
			.click();

		assertThat(page.locator(".flash.success")).containsText("your health answers are saved");
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Book a massage"))).isVisible();
		page.locator("#services a", new Page.LocatorOptions().setHasText("Sports massage")).first().click();
		page.locator("#therapists a", new Page.LocatorOptions().setHasText("Any therapist")).click();

		// walk the days until one has free times (Sundays have none in the demo clinic), from the day after tomorrow
		// on: an appointment less than 24 hours away cannot be cancelled online, and this journey cancels it
		LocalDate earliest = LocalDate.ofInstant(io.runrub.support.FixedClock.NOW, ZoneId.of("Europe/London")).plusDays(2);
		// the therapist step swapped in place and scrolled the day step into view
		assertThat(page.locator("#step-days")).isInViewport();
		page.evaluate("() => window.stayedOnPage = true");
		Locator days = page.locator("#days a.day");
		assertThat(days.first()).isVisible();
		int count = days.count();
		LocalDate chosenDay = null;
		// from the day after tomorrow, so the booking is well before the clinic's cancellation cutoff
		for (int i = 2; i < count && chosenDay == null; i++) {
			Locator day = page.locator("#days a.day").nth(i);
			String href = day.getAttribute("href");
			LocalDate date = LocalDate.parse(href.replaceAll(".*[?&]day=([0-9-]{10}).*", "$1"));
			if (date.isBefore(earliest)) {
				continue;
			}
			day.click();
			// wait until the page shows this day's times, not the previous day's
			assertThat(page.locator("h2").last())
				.containsText(date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK)));
			// the times came in place of the old steps, at the top of the screen: no jump back to the top
			assertThat(page.locator("#step-times")).isInViewport();
			if (page.locator("#slots a.chip").count() > 0) {
				chosenDay = date;
			}
		}
		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.stayedOnPage === true"))
			.as("each step swapped in place, without loading a new page")
			.isEqualTo(true);
		org.assertj.core.api.Assertions.assertThat(page.url()).as("the address follows the steps")
			.contains("day=" + chosenDay);
		org.assertj.core.api.Assertions.assertThat(chosenDay).as("a day with free times in the next two weeks")
			.isNotNull();
		browser.screenshot("slots");
		Locator firstSlot = page.locator("#slots a.chip").first();
		String time = firstSlot.textContent().strip();
		firstSlot.click();

		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Confirm your booking"))).isVisible();
		assertThat(page.locator("#health")).containsText("You answered no to every health question.");
		assertThat(page.locator("#details")).containsText("Free to cancel or move until");
		assertThat(page.locator("#price")).containsText("£");
		page.getByLabel("My health answers are still true").check();
		browser.screenshot("confirm");
		page.locator("#confirm").click();

		assertThat(page.locator(".flash.success")).containsText("Booked: Sports massage");
		assertThat(page.locator("#booked-details")).containsText("Free to cancel or move until");
		Locator booked = page.locator(".appointment").filter(new Locator.FilterOptions().setHasText(time));
		assertThat(booked).hasCount(1);
		assertThat(booked).containsText("Sports massage");
		assertThat(booked.getByText("Add to calendar")).isVisible();
		browser.screenshot("my-appointments");

		// moving it: another therapist, a day, a time, then a confirm step before anything moves
		booked.getByText("Reschedule").click();
		Locator others = page.locator("#therapists a.chip:not(.selected)");
		assertThat(others.first()).isVisible();
		String other = others.first().textContent().strip();
		others.first().click();
		assertThat(page.locator("#therapists a.selected")).hasText(other);
		Locator open = page.locator("#days a.day");
		boolean picked = false;
		for (int i = 2; i < open.count() && !picked; i++) {
			page.locator("#days a.day").nth(i).click();
			assertThat(page.locator("#step-times")).isInViewport();
			picked = page.locator("#slots a.chip").count() > 0;
		}
		org.assertj.core.api.Assertions.assertThat(picked).as("a day with a free time with " + other).isTrue();
		browser.screenshot("move-times");
		page.locator("#slots a.chip").first().click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Confirm the move"))).isVisible();
		assertThat(page.locator("#details")).containsText("with " + other);
		browser.screenshot("move-confirm");
		page.locator("#confirm-move").click();
		assertThat(page.locator(".flash.success")).containsText("Moved: Sports massage with " + other);
		booked = page.locator(".appointment").filter(new Locator.FilterOptions().setHasText(other));
		assertThat(booked).hasCount(1);

		page.onceDialog(dialog -> dialog.accept());
		booked.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Cancel"))
			.click();
		assertThat(page.locator(".flash.success")).containsText("Cancelled: Sports massage");
		assertThat(page.getByText("Nothing booked yet.")).isVisible();
		assertThat(page.locator(".status-CANCELLED")).hasCount(1);
		browser.screenshot("cancelled");
	}

}
