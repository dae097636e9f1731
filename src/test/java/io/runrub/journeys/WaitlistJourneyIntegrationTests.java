package io.runrub.journeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.runrub.accounts.Actor;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.shared.Modality;
import io.runrub.support.FixedClock;
import io.runrub.support.RunRubJourney;
import io.runrub.support.TestClinic;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A runner finds a day full, joins the waitlist from the page; another runner cancels; the waiting runner sees the
 * slot held for them and books it — in a real browser against the demo clinic.
 */
@RunRubJourney
class WaitlistJourneyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClinic clinic;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	Availability availability;

	@Autowired
	ClinicCatalog catalog;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("waitlist", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aCancellationProducesAnOfferThatAWaitingRunnerAccepts() {
		MassageService sports = catalog.activeServices()
			.stream()
			.filter(service -> service.modality() == Modality.SPORTS && service.durationMinutes() == 60)
			.findFirst()
			.orElseThrow();
		// a day a week ahead, well before any cutoff; someone has the first free time of it
		LocalDate day = LocalDate.ofInstant(FixedClock.NOW, ZoneId.of("Europe/London")).plusDays(7);
		List<Slot> free = availability.slots(sports.id(), day, day.plusDays(6), null);
		Slot slot = free.get(0);
		day = LocalDate.ofInstant(slot.start(), catalog.zone());
		RunRubUser carl = clinic.runner("Carl Cancels");
		AppointmentView carls = booking.book(new AppointmentBooking.BookingRequest(RunnerId.of(carl.accountId()),
				sports.id(), slot.start(), slot.therapistId(), null));
		RunRubUser wendy = clinic.runner("Wendy Waits");

		logIn(wendy.email());
		page.navigate("/waitlist");
		page.getByLabel("Service").selectOption(String.valueOf(sports.id().value()));
		page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
		page.getByLabel("Until", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
		browser.screenshot("join");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put me on the waitlist")).click();
		assertThat(page.locator(".flash.success")).containsText("You are on the waitlist");
		assertThat(page.locator(".entries")).containsText("Sports massage");
		browser.screenshot("waiting");

		booking.cancel(carls.id(), Actor.of(carl.accountId(), Role.RUNNER));
		clinic.awaitEvents();

		page.navigate("/waitlist");
		assertThat(page.locator(".offers")).containsText("held for you until 10:30");
		browser.screenshot("offer");
		page.locator(".offers").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
			.setName("Book it")).click();

		assertThat(page.locator(".flash.success")).containsText("Booked: Sports massage");
		assertThat(page.locator(".appointment").first()).containsText("Sports massage");
		browser.screenshot("booked");
	}

	private void logIn(String email) {
		page.navigate("/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(TestClinic.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();
	}

}
