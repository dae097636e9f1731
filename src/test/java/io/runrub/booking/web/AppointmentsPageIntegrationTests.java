package io.runrub.booking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.shared.Modality;
import io.runrub.support.OnPostgres;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.StatementCounting;
import io.runrub.support.StatementCounting.Counts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A runner's appointments page reads their upcoming bookings and only the most recent past or cancelled ones, twenty
 * at a time, newest first, with a link to earlier ones while there are more: a runner of many years does not make the
 * page read every appointment they ever had.
 */
class AppointmentsPageIntegrationTests {

	@Nested
	@RunRubIntegrationTest
	class OnH2 extends Contract {

	}

	@Nested
	@RunRubIntegrationTest
	@OnPostgres
	class OnPostgreSQL extends Contract {

	}

	abstract static class Contract {

		/** The budget of a runner's page and its session's 2 (see {@code DatabaseWorkBudgetIntegrationTests}). */
		static final int PAGE_STATEMENTS = 15 + 2;

		static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

		@Autowired
		MockMvc mvc;

		@Autowired
		AccountRegistration registration;

		@Autowired
		ClinicAdministration administration;

		@Autowired
		ClinicCatalog catalog;

		@Autowired
		Clock clock;

		RunRubUser rosa;

		@BeforeEach
		void aRunnerWithFortyFivePastAppointments() throws Exception {
			RunRubUser admin = user(registration.create(unique("admin"), "correct-horse-7", "Ada Admin", Role.ADMIN));
			AccountSummary runner = registration.create(unique("rosa"), "correct-horse-7", "Rosa Runner", Role.RUNNER);
			TherapistView therapist = administration.createTherapist("John", unique("john"), "correct-horse-7", "",
					EnumSet.of(Modality.SPORTS));
			MassageService service = administration.createService(
					new ClinicAdministration.ServiceDetails("Sports massage", Modality.SPORTS, 60, 6000, 0, 15, true));
			for (int days = 1; days <= 45; days++) {
				mvc.perform(post("/api/v1/admin/appointments").with(as(admin))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"runnerEmail\": \"%s\", \"therapistId\": %d, \"serviceId\": %d, \"start\": \"%s\"}"
						.formatted(runner.email(), therapist.id().value(), service.id().value(), daysAgo(days))))
					.andExpect(status().isCreated());
			}
			rosa = user(runner);
		}

		@Test
		void theFirstPageShowsTheNewestTwentyAndALinkToEarlierOnes() throws Exception {
			String page = page("/appointments");

			assertThat(page).contains(day(1), day(20)).doesNotContain(day(21), day(45));
			assertThat(page.indexOf(day(1))).as("newest first").isLessThan(page.indexOf(day(20)));
			assertThat(page).contains("href=\"/appointments?page=2#past\"").contains("Earlier appointments");
		}

		@Test
		void theLinkShowsTheNextTwentyAndTheLastPageHasNoLink() throws Exception {
			String second = page("/appointments?page=2");
			assertThat(second).contains(day(21), day(40)).doesNotContain(day(20), day(41));
			assertThat(second).contains("href=\"/appointments?page=3#past\"");

			String last = page("/appointments?page=3");
			assertThat(last).contains(day(41), day(45)).doesNotContain(day(40));
			assertThat(last).doesNotContain("?page=4").doesNotContain("Earlier appointments");
			assertThat(last).as("a way back to the newest").contains("href=\"/appointments#past\"");
		}

		@Test
		void eachPageIsAFewStatementsHoweverLongTheHistory() throws Exception {
			for (String url : new String[] { "/appointments", "/appointments?page=3" }) {
				page(url); // warms what a first visit reads
				Counts counts = StatementCounting.count(() -> page(url));
					assertThat(counts.statements()).as(url + ": " + counts).isLessThanOrEqualTo(PAGE_STATEMENTS);
			}
		}

		@Test
		void aBadPageIsRefusedPlainly() throws Exception {
			for (String bad : new String[] { "0", "-1", "two", "", "99999999999", "1.5" }) {
				String body = mvc.perform(get("/appointments").param("page", bad).with(as(rosa)))
					.andExpect(status().isBadRequest())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(body).as(bad).contains("page number");
			}
		}

		private String page(String url) throws Exception {
			return mvc.perform(get(url).with(as(rosa)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}

		private String day(int daysAgo) {
			return DAY.format(LocalDate.ofInstant(clock.instant(), catalog.zone()).minusDays(daysAgo));
		}

		private OffsetDateTime daysAgo(int days) {
			ZoneId zone = catalog.zone();
			return LocalDate.ofInstant(clock.instant(), zone)
				.minusDays(days)
				.atTime(LocalTime.of(9, 0))
				.atZone(zone)
				.toOffsetDateTime();
		}

		private static String unique(String name) {
			return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		}

		private static RunRubUser user(AccountSummary account) {
			return new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
		}

		private static org.springframework.test.web.servlet.request.RequestPostProcessor as(RunRubUser user) {
			return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		}

	}

}
