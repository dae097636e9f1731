package io.runrub.journeys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.runrub.support.RunRubJourney;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.RunnerId;
import io.runrub.runners.Answers;
import io.runrub.runners.IntakeScreening;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.DemoAccounts;
import io.runrub.booking.AppointmentBooking;
import io.runrub.booking.AppointmentView;
import io.runrub.booking.Availability;
import io.runrub.booking.Slot;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The care loop in a real browser against the demo clinic: John writes a note after a runner's massage and assigns
 * homework from it; the runner reads the feedback, checks in honestly and marks their calves; before their next
 * appointment John's brief shows the check-in. And the demo runner's first look at "My care" shows the insights.
 */
@RunRubJourney
class CareJourneyIntegrationTests {

	static final String PASSWORD = "hill-repeats-9";

	@LocalServerPort
	int port;

	@Autowired
	IntakeScreening screening;

	@Autowired
	AccountRegistration registration;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	AppointmentBooking booking;

	@Autowired
	Availability availability;

	@Autowired
	Clock clock;

	BrowserSession browser;

	Page page;

	@BeforeEach
	void openBrowser() {
		browser = new BrowserSession("care", "http://localhost:" + port);
		page = browser.page;
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

	@Test
	void aTherapistWritesANoteAndAssignsHomeworkTheRunnerChecksInAndTheNextBriefShowsIt() {
		String email = "paula-" + System.nanoTime() + "@example.com";
		AccountSummary paula = registration.signUpRunner(email, PASSWORD, "Paula Pacer");
		screening.answer(RunnerId.of(paula.id().value()), Answers.allNo(), null);
		TherapistView john = catalog.therapistForAccount(accounts.findByEmail("john@runrub.demo").orElseThrow().id())
			.orElseThrow();
		MassageService sports = catalog.activeServices()
			.stream()
			.filter(service -> service.modality() == Modality.SPORTS && service.durationMinutes() == 60)
			.findFirst()
			.orElseThrow();
		ZoneId zone = catalog.zone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		// yesterday at 06:00, before John's working day: history is recorded as it happened
		Instant yesterday = today.minusDays(1).atTime(LocalTime.of(6, 0)).atZone(zone).toInstant();
		AppointmentView past = booking.recordPast(new AppointmentBooking.PastAppointment(
				io.runrub.accounts.RunnerId.of(paula.id().value()), john.id(), sports.id(), yesterday,
				accounts.findByEmail(io.runrub.accounts.DemoAccounts.ADMIN_EMAIL).orElseThrow().id()));
		booking.confirmHistory(past.id(), io.runrub.accounts.Actor.of(paula.id().value(), io.runrub.accounts.Role.RUNNER));
		List<Slot> slots = availability.slots(sports.id(), today.plusDays(1), today.plusDays(21), john.id());
		AppointmentView next = booking.book(new AppointmentBooking.BookingRequest(io.runrub.accounts.RunnerId.of(paula.id().value()), sports.id(),
				slots.get(0).start(), john.id(), null));

		// John writes the note and assigns homework from it
		logIn("john@runrub.demo", DemoAccounts.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		Locator yesterdays = page.locator(".appointment[data-appointment-id='" + past.id() + "']");
		assertThat(yesterdays).containsText("Paula Pacer");
		browser.screenshot("clients");
		yesterdays.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Write note")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Treatment note: Paula Pacer")))
			.isVisible();
		page.getByLabel("State of Calves").selectOption("TIGHT");
		page.getByLabel("Severity of Calves").selectOption("2");
		page.getByLabel("State of Hamstrings").selectOption("NORMAL");
		page.getByLabel("Techniques, one a line").fill("Effleurage\nTrigger point release, right calf");
		page.getByLabel("Pressure used").selectOption(new SelectOption().setLabel("Firm"));
		page.getByLabel("Runner's tolerance").selectOption(new SelectOption().setLabel("Firm"));
		page.getByLabel("Feedback for the runner").fill("Your calves were tight, the right more than the left.");
		browser.screenshot("note-form");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and save")).click();

		assertThat(page.locator(".flash.success")).containsText("Note signed.");
		assertThat(page.locator("#history")).containsText("Signed by John");
		page.getByLabel("Exercise").selectOption(new SelectOption().setLabel("Calf stretch against a wall (5 minutes)"));
		page.getByLabel("Times a week").fill("3");
		page.getByLabel("Weeks").fill("4");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign homework")).click();
		assertThat(page.locator(".flash.success")).containsText("Homework assigned: Calf stretch against a wall");
		assertThat(page.locator("#note-homework")).containsText("Calf stretch against a wall: 3 times a week for 4 weeks");
		browser.screenshot("note-and-homework");
		logOut("John");

		// Paula reads the feedback, sees what is due today and checks in honestly
		logIn(email, PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My care")).click();
		Locator homework = page.locator(".homework").filter(new Locator.FilterOptions().setHasText("Calf stretch against a wall"));
		assertThat(homework).containsText("Due today");
		assertThat(page.locator(".feedback-item")).containsText("Your calves were tight, the right more than the left.");
		homework.getByText("How to do it").click();
		assertThat(homework).containsText("A steady, gentle pull in the calf");
		browser.screenshot("my-care");
		homework.getByLabel("Partly done").check();
		homework.getByLabel("If not done, or only partly: why?")
			.selectOption(new SelectOption().setLabel("couldn't remember how it should feel"));
		homework.getByLabel("Minutes it took").fill("3");
		homework.getByLabel("What changed in the area, 0 to 10").fill("2");
		homework.getByLabel("In your own words (optional)").fill("Not sure how far to lean in.");
		homework.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save check-in")).click();
		assertThat(page.locator(".flash.success")).containsText("your check-in is saved");
		page.locator("#body-check-in").getByLabel("Calves", new Locator.GetByLabelOptions().setExact(true)).fill("6");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save body check-in")).click();
		assertThat(page.locator(".flash.success")).containsText("Body check-in saved.");
		assertThat(page.locator("#body-trend tr[data-area='CALVES']")).containsText("6/10");
		browser.screenshot("checked-in");
		logOut("Paula Pacer");

		// before the next appointment, John's brief shows the check-in
		logIn("john@runrub.demo", DemoAccounts.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients")).click();
		page.locator(".appointment[data-appointment-id='" + next.id() + "']")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Brief"))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Brief: Paula Pacer"))).isVisible();
		assertThat(page.locator("#intake")).containsText("nothing stops or limits massage");
		Locator adherence = page.locator(".adherence").filter(new Locator.FilterOptions().setHasText("Calf stretch against a wall"));
		assertThat(adherence).containsText("Partly done");
		assertThat(adherence).containsText("couldn't remember how it should feel");
		assertThat(adherence).containsText("Not sure how far to lean in.");
		assertThat(page.locator(".note")).containsText("Your calves were tight, the right more than the left.");
		browser.screenshot("next-brief");
	}

	@Test
	void theDemoRunnersFirstLookAtMyCareShowsWhatRunRubNoticed() {
		logIn(DemoAccounts.RUNNER_EMAIL, DemoAccounts.PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My care")).click();

		Locator insights = page.locator("#insights");
		assertThat(insights.locator("[data-rule='CARE-CALF-HILLS']")).containsText("Your calves were tight in 3 of your last 4 treatment notes.");
		assertThat(insights.locator("[data-rule='CARE-CALF-HILLS']")).containsText("evidence: weak");
		assertThat(insights.locator("[data-rule='CARE-ELSEWHERE']")).isVisible();
		assertThat(insights.locator("[data-rule='CARE-ADAPT']")).isVisible();
		assertThat(insights.locator("[data-rule='TYPE-REFER-MOVEMENT']")).isVisible();
		assertThat(page.locator("#body-trend tr[data-area='CALVES'] svg")).isVisible();
		browser.screenshot("demo-first-look");
	}

	private void logIn(String email, String password) {
		page.navigate("/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();
	}

	private void logOut(String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out (" + name + ")")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
	}

}
