package io.runrub.ledger;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.MassageService;
import io.runrub.ledger.statement.AccountStatements;
import io.runrub.ledger.statement.ClinicPackage;
import io.runrub.ledger.statement.PackageSales;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ledger's pages: a runner buys a package from their statement; the admin defines packages and records payments. */
@RunRubIntegrationTest
class LedgerPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	PackageSales sales;

	@Autowired
	AccountStatements statements;

	@Autowired
	io.runrub.clinic.ClinicCatalog catalog;

	RunRubUser rosa;

	RunRubUser admin;

	MassageService sports;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		rosa = clinic.runner("Rosa");
		admin = clinic.admin();
	}

	@Test
	void aRunnerSeesThePackagesAndBuysOneWhichTheStatementShowsOwed() throws Exception {
		ClinicPackage five = sales.define(new ClinicPackage(null, "Five sports massages", sports.id(), 5, 30000, 6));

		mvc.perform(get("/statement").with(user(rosa)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Five sports massages: 5 × Sports massage for £300.00"),
					containsString("Nothing on your statement yet."))));
		mvc.perform(post("/statement/packages/{id}", five.id()).with(user(rosa)).with(csrf()))
			.andExpect(redirectedUrl("/statement"));
		mvc.perform(get("/statement").with(user(rosa)))
			.andExpect(content().string(allOf(containsString("To pay at the clinic:"), containsString("£300.00"),
					containsString("Five sports massages: 5 left, until 20 September 2026"), containsString("Purchase"),
					not(containsString("PURCHASE")))));
	}

	@Test
	void theAdminDefinesAPackageWithEachErrorNextToItsField() throws Exception {
		mvc.perform(post("/admin/packages").with(user(admin)).with(csrf())
			.param("name", "")
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("sessions", "0")
			.param("price", "300")
			.param("validityMonths", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fill in the package’s name"),
					containsString("Enter a whole number of sessions from 1 to 100."))));
		assertThat(sales.packages()).isEmpty();

		mvc.perform(post("/admin/packages").with(user(admin)).with(csrf())
			.param("name", "Five sports massages")
			.param("serviceId", String.valueOf(sports.id().value()))
			.param("sessions", "5")
			.param("price", "299.50")
			.param("validityMonths", "6")).andExpect(redirectedUrl("/admin/packages"));
		assertThat(sales.packages()).singleElement().satisfies(p -> assertThat(p.priceCents()).isEqualTo(29950));
	}

	@Test
	void theAdminRecordsADeskPurchaseAndAPaymentOnARunnersStatement() throws Exception {
		ClinicPackage five = sales.define(new ClinicPackage(null, "Five sports massages", sports.id(), 5, 30000, 6));
		sales.buy(RunnerId.of(rosa.accountId()), five.id());

		mvc.perform(get("/admin/runners/{id}/statement", rosa.accountId()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("£300.00")));
		mvc.perform(post("/admin/runners/{id}/payments", rosa.accountId()).with(user(admin)).with(csrf())
			.param("amount", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an amount above 0")));
		mvc.perform(post("/admin/runners/{id}/payments", rosa.accountId()).with(user(admin)).with(csrf())
			.param("amount", "300")).andExpect(redirectedUrl("/admin/runners/" + rosa.accountId() + "/statement"));
		mvc.perform(post("/admin/runners/{id}/packages", rosa.accountId()).with(user(admin)).with(csrf())
			.param("packageId", String.valueOf(five.id())))
			.andExpect(redirectedUrl("/admin/runners/" + rosa.accountId() + "/statement"));

		assertThat(statements.of(RunnerId.of(rosa.accountId())).balanceCents()).isZero();
		assertThat(statements.of(RunnerId.of(rosa.accountId())).credits()).hasSize(2);
		mvc.perform(get("/statement").with(user(admin))).andExpect(status().isForbidden());
	}

	@Test
	void theClinicFormSetsTheFeesWithAnErrorNextToABadOne() throws Exception {
		mvc.perform(post("/admin").with(user(admin)).with(csrf())
			.param("name", "Stride Test Clinic").param("address", "1 Test Lane, London")
			.param("timeZone", "Europe/London").param("currency", "GBP")
			.param("minNotice", "2").param("minNoticeUnit", "HOURS")
			.param("maxDaysAhead", "60").param("cancellationCutoffHours", "24")
			.param("lateCancelFee", "twenty").param("noShowFee", "40"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a fee from 0 to 10000, with at most two decimals")));
		assertThat(catalog.clinic().policies().noShowFeeCents()).isZero();

		mvc.perform(post("/admin").with(user(admin)).with(csrf())
			.param("name", "Stride Test Clinic").param("address", "1 Test Lane, London")
			.param("timeZone", "Europe/London").param("currency", "GBP")
			.param("minNotice", "2").param("minNoticeUnit", "HOURS")
			.param("maxDaysAhead", "60").param("cancellationCutoffHours", "24")
			.param("lateCancelFee", "25").param("noShowFee", "40.50"))
			.andExpect(status().is3xxRedirection());
		assertThat(catalog.clinic().policies().lateCancelFeeCents()).isEqualTo(2500);
		assertThat(catalog.clinic().policies().noShowFeeCents()).isEqualTo(4050);
		mvc.perform(get("/admin").with(user(admin)))
			.andExpect(content().string(allOf(containsString("value=\"25.00\""), containsString("value=\"40.50\""))));
	}

}
