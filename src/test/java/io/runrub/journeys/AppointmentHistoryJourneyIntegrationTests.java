package io.runrub.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunnerId;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentBooking.PastAppointment;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubJourney;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A runner with a long history, in a real browser on a phone-wide screen: *My appointments* shows the newest twenty
 * past visits, *Earlier appointments* the next ones, and *Back to the newest* returns to the first page.
 */
@RunRubJourney
class AppointmentHistoryJourneyIntegrationTests {

	static final String PASSWORD = "twenty-five-visits-7";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	@LocalServerPort
	int port;

	@Autowired
	AccountRegistration registration;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	ClinicAdministration administration;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	Clock clock;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("history", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aRunnerPagesBackThroughTheirHistory() {
		AccountSummary runner = registration.create("hana.history@example.com", PASSWORD, "Hana History", Role.RUNNER);
		AccountSummary admin = accounts.findByEmail("admin@runrub.demo").orElseThrow();
		MassageService sports = catalog.activeServices()
			.stream()
			.filter(s -> s.modality() == Modality.SPORTS)
			.findFirst()
			.orElseThrow();
		// a therapist of their own: the journeys share one clinic, whose other therapists have histories of their own
		TherapistView therapist = administration.createTherapist("Hettie", "hettie.history@example.com", PASSWORD, "",
				EnumSet.of(Modality.SPORTS));
		ZoneId zone = catalog.zone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		for (int days = 1; days <= 25; days++) {
			booking.recordPast(new PastAppointment(RunnerId.of(runner.id().value()), therapist.id(), sports.id(),
					today.minusDays(days).atTime(LocalTime.of(7, 0)).atZone(zone).toInstant(), admin.id()));
		}

		page.navigate("/login");
		page.getByLabel("Email").fill("hana.history@example.com");
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.navigate("/appointments");

		assertThat(page.locator(".appointment").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(DAY.format(today.minusDays(20))))).hasCount(1);
		assertThat(page.getByText(DAY.format(today.minusDays(21)))).hasCount(0);
		browser.screenshot("newest");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Earlier appointments")).click();
		assertThat(page.getByText(DAY.format(today.minusDays(25)), new Page.GetByTextOptions().setExact(false)))
			.hasCount(1);
		assertThat(page.getByText(DAY.format(today.minusDays(20)))).hasCount(0);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Earlier appointments")))
			.hasCount(0);
		browser.screenshot("earlier");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the newest")).click();
		assertThat(page.getByText(DAY.format(today.minusDays(1)), new Page.GetByTextOptions().setExact(false)))
			.hasCount(1);
	}

}
