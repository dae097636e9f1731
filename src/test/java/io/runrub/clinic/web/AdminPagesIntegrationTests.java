package io.runrub.clinic.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import io.runrub.shared.Money;
import io.runrub.accounts.AccountDirectory;
import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.ClinicInfo;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.TimeOff;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin pages against the whole application and an in-memory H2: what an admin submits is what the clinic
 * reads back, refused input leaves everything as it was, and only admins with a CSRF token get in. Each test makes
 * its own accounts, therapists and services, so the tests do not depend on each other's data.
 */
@RunRubIntegrationTest
class AdminPagesIntegrationTests {

	private static final String PASSWORD = "correct-horse-7";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRegistration registration;

	@Autowired
	private AccountDirectory accounts;

	@Autowired
	private ClinicAdministration administration;

	@Autowired
	private ClinicCatalog catalog;

	@Autowired
	private Clock clock;

	private RequestPostProcessor admin;

	@BeforeEach
	void signInAnAdmin() {
		AccountSummary account = registration.create(unique("admin") + "@example.test", PASSWORD, "Ada Admin",
				Role.ADMIN);
		RunRubUser user = new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
		admin = authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	// the clinic and its policies

	@Test
	void adminSavesTheClinicAndItsPoliciesAndTheClinicReadsThemBack() throws Exception {
		mvc.perform(get("/admin").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/admin/therapists\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/admin/services\"")));

		mvc.perform(post("/admin").with(admin)
			.with(csrf())
			.param("name", "Harbour Sports Massage")
			.param("address", "2 Quay Street, Bristol")
			.param("timeZone", "Europe/Dublin")
			.param("currency", "eur")
			.param("minNotice", "3")
			.param("minNoticeUnit", "HOURS")
			.param("maxDaysAhead", "60")
			.param("cancellationCutoffHours", "12"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("message", "The clinic and its policies are saved."));

		ClinicInfo clinic = catalog.clinic();
		assertThat(clinic.name()).isEqualTo("Harbour Sports Massage");
		assertThat(clinic.address()).isEqualTo("2 Quay Street, Bristol");
		assertThat(clinic.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
		assertThat(clinic.currency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(clinic.policies().minNotice()).isEqualTo(Duration.ofHours(3));
		assertThat(clinic.policies().maxDaysAhead()).isEqualTo(60);
		assertThat(clinic.policies().cancellationCutoff()).isEqualTo(Duration.ofHours(12));

		String page = page(get("/admin"));
		assertThat(page).contains("value=\"Harbour Sports Massage\"")
			.contains("<option value=\"Europe/Dublin\" selected=\"selected\">")
			.contains("<option value=\"HOURS\" selected=\"selected\">");
	}

	@Test
	void aPolicyThatIsNotANumberIsExplainedAndNothingIsSaved() throws Exception {
		ClinicInfo before = catalog.clinic();

		String page = mvc
			.perform(post("/admin").with(admin)
				.with(csrf())
				.param("name", "Renamed clinic")
				.param("address", "")
				.param("timeZone", "Europe/London")
				.param("currency", "GBP")
				.param("minNotice", "90")
				.param("minNoticeUnit", "MINUTES")
				.param("maxDaysAhead", "lots")
				.param("cancellationCutoffHours", "24"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Enter a whole number from 1 to 730 for “How many days ahead runners may book”.")
			.contains("value=\"Renamed clinic\"");
		assertThat(catalog.clinic()).isEqualTo(before);
	}

	@Test
	void anUnknownTimeZoneOrCurrencyIsExplainedAndNothingIsSaved() throws Exception {
		ClinicInfo before = catalog.clinic();

		assertThat(postClinic("Mars/Olympus_Mons", "GBP")).contains("“Mars/Olympus_Mons” is not a time zone.")
			.contains("aria-describedby=\"timeZone-error\"")
			.as("no zone is chosen silently in its place")
			.contains("<option value=\"\">Choose a time zone</option>")
			.doesNotContainPattern("<option value=\"[^\"]+/[^\"]+\" selected");
		assertThat(postClinic("Europe/London", "XYZ")).contains("“XYZ” is not a currency.");
		assertThat(catalog.clinic()).isEqualTo(before);
	}

	// therapists

	@Test
	void createsATherapistWhoCanThenLogInAsATherapist() throws Exception {
		String email = unique("anna") + "@example.test";

		mvc.perform(post("/admin/therapists").with(admin)
			.with(csrf())
			.param("name", "Anna Physio")
			.param("email", email)
			.param("password", "kneading-hill-repeats")
			.param("bio", "Sports massage for trail runners.")
			.param("modalities", "SPORTS", "DEEP_TISSUE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/therapists/*"))
			.andExpect(flash().attribute("message", "Anna Physio is added with a login. Now set their working hours."));

		AccountSummary account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.role()).isEqualTo(Role.THERAPIST);
		TherapistView therapist = catalog.therapistForAccount(account.id()).orElseThrow();
		assertThat(therapist.name()).isEqualTo("Anna Physio");
		assertThat(therapist.bio()).isEqualTo("Sports massage for trail runners.");
		assertThat(therapist.modalities()).containsExactlyInAnyOrder(Modality.SPORTS, Modality.DEEP_TISSUE);
		assertThat(therapist.active()).isTrue();

		mvc.perform(formLogin("/login").user(email).password("kneading-hill-repeats"))
			.andExpect(authenticated().withRoles("THERAPIST"));
		mvc.perform(get("/therapist/day").with(httpBasic(email, "kneading-hill-repeats"))).andExpect(status().isOk());
		assertThat(page(get("/admin/therapists"))).contains("Anna Physio").contains("Deep tissue massage");
	}

	@Test
	void aWeakTherapistPasswordIsRefusedNextToThePasswordFieldWithThePolicyThatReallyApplies() throws Exception {
		String email = unique("cara") + "@example.test";

		String page = page(post("/admin/therapists").with(csrf())
			.param("name", "Cara Physio")
			.param("email", email)
			.param("password", "password123")
			.param("modalities", "SPORTS"));
		assertThat(page).contains("This password is a common or breached password").doesNotContain("8 to 128")
			.contains("aria-invalid=\"true\"").contains("minlength=\"10\"");
		assertThat(page.indexOf("This password is a common or breached password"))
			.as("the refusal sits with the password field, not at the top of the form")
			.isGreaterThan(page.indexOf("name=\"password\""));
		assertThat(accounts.findByEmail(email)).isEmpty();

		page = page(post("/admin/therapists").with(csrf())
			.param("name", "Cara Physio")
			.param("email", email)
			.param("password", "short-1")
			.param("modalities", "SPORTS"));
		assertThat(page).contains("Choose a password of at least 10 characters");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void aTherapistWithoutModalitiesOrWithATakenEmailIsRefusedAndNoLoginIsLeftBehind() throws Exception {
		String email = unique("ben") + "@example.test";

		String page = page(post("/admin/therapists").with(csrf())
			.param("name", "Ben")
			.param("email", email)
			.param("password", "tempo-lane-sprints")
			.param("bio", ""));
		assertThat(page).contains("Choose at least one modality.").contains("value=\"" + email + "\"")
			.doesNotContain("tempo-lane-sprints");
		assertThat(accounts.findByEmail(email)).isEmpty();

		registration.create(email, PASSWORD, "Ben Runner", Role.RUNNER);
		int therapists = catalog.allTherapists().size();
		page = page(post("/admin/therapists").with(csrf())
			.param("name", "Ben")
			.param("email", email)
			.param("password", "tempo-lane-sprints")
			.param("modalities", "SWEDISH"));
		assertThat(page).contains("An account with this email already exists.");
		assertThat(catalog.allTherapists()).hasSize(therapists);
		assertThat(accounts.findByEmail(email).orElseThrow().role()).isEqualTo(Role.RUNNER);
	}

	@Test
	void editsATherapistsDetails() throws Exception {
		TherapistView therapist = therapist("Carl");

		mvc.perform(post("/admin/therapists/{id}", therapist.id()).with(admin)
			.with(csrf())
			.param("name", "Carl Jensen")
			.param("bio", "Now also Active Release Technique.")
			.param("modalities", "ART", "SWEDISH"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/therapists/" + therapist.id()));

		TherapistView edited = catalog.therapist(therapist.id());
		assertThat(edited.name()).isEqualTo("Carl Jensen");
		assertThat(edited.bio()).isEqualTo("Now also Active Release Technique.");
		assertThat(edited.modalities()).containsExactlyInAnyOrder(Modality.ART, Modality.SWEDISH);
		assertThat(edited.active()).as("the active box was not ticked").isFalse();
	}

	@Test
	void setsWorkingHoursWithABreakAndReadsThemBack() throws Exception {
		TherapistView therapist = therapist("Dora");

		mvc.perform(post("/admin/therapists/{id}/hours", therapist.id()).with(admin)
			.with(csrf())
			.param("day", "MONDAY", "MONDAY", "SATURDAY", "", "")
			.param("start", "09:00", "14:00", "08:30", "", "")
			.param("end", "13:00", "18:00", "12:00", "", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "The working hours are saved."));

		assertThat(catalog.therapist(therapist.id()).workingHours()).containsExactly(
				period(DayOfWeek.MONDAY, "09:00", "13:00"), period(DayOfWeek.MONDAY, "14:00", "18:00"),
				period(DayOfWeek.SATURDAY, "08:30", "12:00"));
		assertThat(page(get("/admin/therapists/{id}", therapist.id()))).contains("value=\"09:00\"")
			.contains("value=\"13:00\"")
			.contains("value=\"14:00\"")
			.contains("value=\"18:00\"")
			.contains("value=\"08:30\"");

		// rows are 0 Monday morning, 1 Monday afternoon, 2 Saturday: remove the Saturday
		mvc.perform(post("/admin/therapists/{id}/hours", therapist.id()).with(admin)
			.with(csrf())
			.param("day", "MONDAY", "MONDAY", "SATURDAY", "")
			.param("start", "09:00", "14:00", "08:30", "")
			.param("end", "13:00", "18:00", "12:00", "")
			.param("remove", "2"))
			.andExpect(status().is3xxRedirection());

		assertThat(catalog.therapist(therapist.id()).workingHours()).containsExactly(
				period(DayOfWeek.MONDAY, "09:00", "13:00"), period(DayOfWeek.MONDAY, "14:00", "18:00"));
	}

	@Test
	void overlappingHoursAreExplainedAndTheOldHoursStay() throws Exception {
		TherapistView therapist = therapist("Eve");
		List<WorkingPeriod> old = List.of(period(DayOfWeek.TUESDAY, "10:00", "16:00"));
		administration.setWorkingHours(therapist.id(), old);

		String page = page(post("/admin/therapists/{id}/hours", therapist.id()).with(csrf())
			.param("day", "MONDAY", "MONDAY", "")
			.param("start", "09:00", "12:00", "")
			.param("end", "13:00", "16:00", ""));

		assertThat(page).contains("On Monday the periods 09:00–13:00 and 12:00–16:00 overlap.")
			.as("the rows are shown again as they were typed")
			.contains("value=\"12:00\"");
		assertThat(catalog.therapist(therapist.id()).workingHours()).isEqualTo(old);
		mvc.perform(get("/admin/therapists/{id}/hours", therapist.id()).with(admin))
			.andExpect(redirectedUrl("/admin/therapists/" + therapist.id()));
	}

	@Test
	void hoursThatAreNotTimesOrHaveNoDayAreExplainedAndTheOldHoursStay() throws Exception {
		TherapistView therapist = therapist("Finn");
		List<WorkingPeriod> old = List.of(period(DayOfWeek.FRIDAY, "09:00", "17:00"));
		administration.setWorkingHours(therapist.id(), old);

		assertThat(page(post("/admin/therapists/{id}/hours", therapist.id()).with(csrf())
			.param("day", "FRIDAY", "FRIDAY")
			.param("start", "09:00", "18:00")
			.param("end", "17:00", "25:00"))).contains("Row 2: enter the times as hours and minutes, such as 09:30.");
		assertThat(page(post("/admin/therapists/{id}/hours", therapist.id()).with(csrf())
			.param("day", "")
			.param("start", "09:00")
			.param("end", "12:00"))).contains("Row 1: choose a day.");
		assertThat(page(post("/admin/therapists/{id}/hours", therapist.id()).with(csrf())
			.param("day", "FRIDAY")
			.param("start", "09:00")
			.param("end", ""))).contains("Row 1: give both a start and an end, or clear both.");

		assertThat(catalog.therapist(therapist.id()).workingHours()).isEqualTo(old);
	}

	@Test
	void addsAndRemovesTimeOffInTheClinicsLocalTime() throws Exception {
		TherapistView therapist = therapist("Gus");
		ZoneId zone = ZoneId.of("America/Toronto");
		inZone(zone);
		LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(10);

		mvc.perform(post("/admin/therapists/{id}/time-off", therapist.id()).with(admin)
			.with(csrf())
			.param("start", day + "T09:00")
			.param("end", day.plusDays(2) + "T18:30")
			.param("reason", "Race week"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "The time off is added."));

		List<TimeOff> planned = administration.upcomingTimeOff(therapist.id(), clock.instant());
		assertThat(planned).singleElement().satisfies(off -> {
			assertThat(off.start()).isEqualTo(day.atTime(9, 0).atZone(zone).toInstant());
			assertThat(off.end()).isEqualTo(day.plusDays(2).atTime(18, 30).atZone(zone).toInstant());
			assertThat(off.reason()).isEqualTo("Race week");
		});
		assertThat(page(get("/admin/therapists/{id}", therapist.id()))).contains("Race week");

		mvc.perform(post("/admin/therapists/{id}/time-off/{offId}/remove", therapist.id(), planned.get(0).id())
			.with(admin)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "The time off is removed."));
		assertThat(administration.upcomingTimeOff(therapist.id(), clock.instant())).isEmpty();

		mvc.perform(post("/admin/therapists/{id}/time-off/{offId}/remove", therapist.id(), planned.get(0).id())
			.with(admin)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "There is no such time off for this therapist."));
	}

	@Test
	void timeOffThatEndsBeforeItStartsOrIsNotADateIsExplainedAndNotSaved() throws Exception {
		TherapistView therapist = therapist("Hana");
		LocalDate day = LocalDate.now(clock.withZone(catalog.zone())).plusDays(5);

		assertThat(page(post("/admin/therapists/{id}/time-off", therapist.id()).with(csrf())
			.param("start", day + "T18:00")
			.param("end", day + "T09:00")
			.param("reason", "Backwards"))).contains("Time off must end after it starts.")
			.contains("value=\"Backwards\"");
		assertThat(page(post("/admin/therapists/{id}/time-off", therapist.id()).with(csrf())
			.param("start", "next Tuesday")
			.param("end", day + "T09:00"))).contains("Enter “From” as a date and a time, for example 21/03/2026 18:30.");

		assertThat(administration.upcomingTimeOff(therapist.id(), clock.instant())).isEmpty();
	}

	@Test
	void anUnknownTherapistIsNotFound() throws Exception {
		mvc.perform(get("/admin/therapists/{id}", Long.MAX_VALUE).with(admin)).andExpect(status().isNotFound());
	}

	// services

	@Test
	void createsAndEditsAService() throws Exception {
		String name = unique("Recovery massage");

		mvc.perform(post("/admin/services").with(admin)
			.with(csrf())
			.param("name", name)
			.param("modality", "SPORTS")
			.param("durationMinutes", "45")
			.param("price", "65.50")
			.param("bufferBeforeMinutes", "5")
			.param("bufferAfterMinutes", "10")
			.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/services"))
			.andExpect(flash().attribute("message", name + " is added."));

		MassageService created = service(name);
		assertThat(created).isEqualTo(new MassageService(created.id(), name, Modality.SPORTS, 45, Money.of(6550, "GBP"), 5, 10, true));
		assertThat(page(get("/admin/services"))).contains(name).contains("value=\"65.50\"");

		mvc.perform(post("/admin/services/{id}", created.id()).with(admin)
			.with(csrf())
			.param("name", name)
			.param("modality", "DEEP_TISSUE")
			.param("durationMinutes", "60")
			.param("price", "70")
			.param("bufferBeforeMinutes", "0")
			.param("bufferAfterMinutes", "15"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", name + " is saved."));

		assertThat(catalog.service(created.id()))
			.isEqualTo(new MassageService(created.id(), name, Modality.DEEP_TISSUE, 60, Money.of(7000, "GBP"), 0, 15, false));
	}

	@Test
	void aBadPriceOrDurationIsExplainedAndTheServiceStaysAsItWas() throws Exception {
		MassageService service = administration.createService(new ClinicAdministration.ServiceDetails(
				unique("Swedish"), Modality.SWEDISH, 60, 6000, 0, 15, true));

		assertThat(page(post("/admin/services/{id}", service.id()).with(csrf())
			.param("name", service.name())
			.param("modality", "SWEDISH")
			.param("durationMinutes", "60")
			.param("price", "sixty")
			.param("bufferBeforeMinutes", "0")
			.param("bufferAfterMinutes", "15")
			.param("active", "true"))).contains("Enter the price as an amount such as 65.00.")
			.as("the refused form is shown open with what was typed")
			.contains("value=\"sixty\"")
			.contains("<details open=\"open\">");
		assertThat(page(post("/admin/services/{id}", service.id()).with(csrf())
			.param("name", service.name())
			.param("modality", "SWEDISH")
			.param("durationMinutes", "600")
			.param("price", "60.00")
			.param("bufferBeforeMinutes", "0")
			.param("bufferAfterMinutes", "15")
			.param("active", "true"))).contains("Enter a whole number from 5 to 480 for “Duration in minutes”.");

		assertThat(catalog.service(service.id())).isEqualTo(service);
	}

	// who may

	@Test
	void aRunnerIsForbiddenOnEveryAdminPage() throws Exception {
		String email = unique("rosa") + "@example.test";
		registration.signUpRunner(email, PASSWORD, "Rosa Runner");
		ClinicInfo before = catalog.clinic();

		for (String path : List.of("/admin", "/admin/therapists", "/admin/services", "/admin/therapists/1")) {
			mvc.perform(get(path).with(httpBasic(email, PASSWORD))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin").with(httpBasic(email, PASSWORD))
			.with(csrf())
			.param("name", "Taken over")
			.param("timeZone", "Europe/London")
			.param("currency", "GBP")
			.param("minNotice", "0")
			.param("maxDaysAhead", "1")
			.param("cancellationCutoffHours", "0"))
			.andExpect(status().isForbidden());
		assertThat(catalog.clinic()).isEqualTo(before);
	}

	@Test
	void aPostWithoutACsrfTokenIsRejected() throws Exception {
		ClinicInfo before = catalog.clinic();
		String name = unique("No token");

		mvc.perform(post("/admin").with(admin)
			.param("name", "Forged")
			.param("timeZone", "Europe/London")
			.param("currency", "GBP")
			.param("minNotice", "0")
			.param("maxDaysAhead", "1")
			.param("cancellationCutoffHours", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/services").with(admin)
			.param("name", name)
			.param("modality", "SPORTS")
			.param("durationMinutes", "30")
			.param("price", "40")
			.param("bufferBeforeMinutes", "0")
			.param("bufferAfterMinutes", "0"))
			.andExpect(status().isForbidden());

		assertThat(catalog.clinic()).isEqualTo(before);
		assertThat(catalog.allServices()).extracting(MassageService::name).doesNotContain(name);
	}

	// helpers of this test

	private String postClinic(String zone, String currency) throws Exception {
		return page(post("/admin").with(csrf())
			.param("name", "Clinic")
			.param("address", "")
			.param("timeZone", zone)
			.param("currency", currency)
			.param("minNotice", "2")
			.param("minNoticeUnit", "HOURS")
			.param("maxDaysAhead", "90")
			.param("cancellationCutoffHours", "24"));
	}

	/** The page an admin gets (200, not a redirect). */
	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Far from UTC, so that reading local times as UTC would be caught. */
	private void inZone(ZoneId zone) {
		ClinicInfo clinic = catalog.clinic();
		administration.updateClinic(new ClinicAdministration.ClinicDetails(clinic.name(), clinic.address(),
				zone.getId(), clinic.currency().getCurrencyCode(), (int) clinic.policies().minNotice().toMinutes(),
				clinic.policies().maxDaysAhead(), (int) clinic.policies().cancellationCutoff().toHours()));
	}

	private TherapistView therapist(String name) {
		return administration.createTherapist(name, unique(name.toLowerCase()) + "@example.test", PASSWORD, "",
				EnumSet.of(Modality.SPORTS));
	}

	private MassageService service(String name) {
		return catalog.allServices()
			.stream()
			.filter(service -> service.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static WorkingPeriod period(DayOfWeek day, String start, String end) {
		return new WorkingPeriod(day, LocalTime.parse(start), LocalTime.parse(end));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
