package io.runrub.accounts;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistView;
import io.runrub.clinic.WorkingPeriod;
import io.runrub.shared.Modality;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Demo mode seeds the clinic of the sources and shows its credentials on the login page; outside demo mode nothing
 * is seeded, no credentials are shown, and the only admin is the one named by RUNRUB_ADMIN_EMAIL and
 * RUNRUB_ADMIN_PASSWORD.
 */
class DemoModeIntegrationTests {

	@Nested
	@SpringBootTest(properties = "runrub.demo=true")
	@AutoConfigureMockMvc
	class InDemoMode {

		@Autowired
		MockMvc mvc;

		@Autowired
		ClinicCatalog catalog;

		@Autowired
		AccountDirectory accounts;

		@Autowired
		io.runrub.ledger.statement.AccountStatements statements;

		@Test
		void theDemoRunnerHoldsThePackageOfTheClinicWithOneCreditUsed() {
			var runner = accounts.findByEmail(DemoAccounts.RUNNER_EMAIL).orElseThrow();
			var statement = statements.of(RunnerId.of(runner.id().value()));
			assertThat(statement.credits()).singleElement().satisfies(credit -> {
				assertThat(credit.packageName()).isEqualTo("Five 60-minute sports massages");
				assertThat(credit.left()).isEqualTo(4);
			});
			assertThat(statement.entries()).extracting(io.runrub.ledger.statement.Statement.Entry::kind)
				.containsExactly(io.runrub.ledger.statement.EntryKind.PURCHASE,
						io.runrub.ledger.statement.EntryKind.PAYMENT, io.runrub.ledger.statement.EntryKind.CREDIT_USED);
			assertThat(statement.entries().get(0).amountCents()).isEqualTo(30000);
			assertThat(statement.balanceCents()).isZero();
		}

		@Test
		void theClinicOfTheSourcesIsSeeded() {
			assertThat(catalog.clinic().zone().getId()).isEqualTo("Europe/London");
			assertThat(catalog.clinic().name()).isNotBlank();
			assertThat(catalog.activeTherapists()).extracting(TherapistView::name)
				.containsExactlyInAnyOrder("John", "Mike", "Sarah");
			TherapistView john = catalog.activeTherapists().stream().filter(t -> t.name().equals("John")).findFirst()
				.orElseThrow();
			assertThat(john.bio()).contains("keen runner");
			assertThat(catalog.activeTherapists().stream().filter(t -> t.name().equals("Mike")).findFirst()
				.orElseThrow()
				.bio()).contains("personal trainer");
			assertThat(catalog.activeServices()).extracting(MassageService::modality, MassageService::durationMinutes)
				.containsExactlyInAnyOrder(tuple(Modality.SWEDISH, 60), tuple(Modality.DEEP_TISSUE, 60),
						tuple(Modality.ART, 45), tuple(Modality.SPORTS, 30), tuple(Modality.SPORTS, 60),
						tuple(Modality.MOVEMENT_ASSESSMENT, 45));
			assertThat(catalog.activeServices()).allSatisfy(service -> {
				assertThat(service.price().minorUnits()).isPositive();
				assertThat(service.bufferBeforeMinutes() + service.bufferAfterMinutes()).isPositive();
			});
			List<WorkingPeriod> hours = catalog.activeTherapists()
				.stream()
				.flatMap(therapist -> therapist.workingHours().stream())
				.toList();
			assertThat(hours).anyMatch(period -> period.dayOfWeek() == DayOfWeek.SATURDAY);
			assertThat(hours).as("evenings").anyMatch(period -> !period.endTime().isBefore(LocalTime.of(20, 0)));
			assertThat(john.workingHours().stream().filter(period -> period.dayOfWeek() == DayOfWeek.MONDAY))
				.as("a break on Monday").hasSize(2);
			assertThat(accounts.findByEmail(DemoAccounts.RUNNER_EMAIL)).get()
				.extracting(AccountSummary::role)
				.isEqualTo(Role.RUNNER);
			assertThat(accounts.findByEmail(DemoAccounts.ADMIN_EMAIL)).get()
				.extracting(AccountSummary::role)
				.isEqualTo(Role.ADMIN);
		}

		@Test
		void theLoginPageShowsTheDemoCredentials() throws Exception {
			mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(DemoAccounts.RUNNER_EMAIL)))
				.andExpect(content().string(containsString(DemoAccounts.PASSWORD)));
		}

	}

	@Nested
	@SpringBootTest(properties = { "runrub.demo=false", "runrub.admin.email=boss@clinic.example",
			"runrub.admin.password=a-long-secret-from-the-environment" })
	@AutoConfigureMockMvc
	class OutsideDemoMode {

		@Autowired
		MockMvc mvc;

		@Autowired
		ClinicCatalog catalog;

		@Autowired
		AccountDirectory accounts;

		@Test
		void nothingIsSeededAndTheOnlyAdminIsTheOneFromTheEnvironment() throws Exception {
			assertThat(catalog.activeTherapists()).isEmpty();
			assertThat(accounts.findByEmail(DemoAccounts.ADMIN_EMAIL)).isEmpty();
			assertThat(accounts.findByEmail(DemoAccounts.RUNNER_EMAIL)).isEmpty();
			assertThat(accounts.findByEmail("boss@clinic.example")).get()
				.extracting(AccountSummary::role)
				.isEqualTo(Role.ADMIN);
			mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("runrub.demo"))))
				.andExpect(content().string(not(containsString(DemoAccounts.PASSWORD))));
		}

	}

}
