package io.runrub.ledger;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.MassageService;
import io.runrub.ledger.statement.ClinicPackage;
import io.runrub.ledger.statement.PackageSales;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.shared.Modality.SPORTS;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The revenue report counts the packages sold in its range, each at its price, after the services. By hand: now is
 * Friday 20 March 2026; in March Rosa buys five sports massages online (£300) and three at the desk (£170), Sam buys
 * five at the desk (£300); Sam's earlier purchase of three, moved to 28 February, is outside the range. So March
 * shows "Five sports massages" 2 sold for £600, "Three sports massages" 1 for £170: £770 in all.
 */
@RunRubIntegrationTest
class PackageRevenueIntegrationTests {

	@Autowired
	TestClinic clinic;

	@Autowired
	PackageSales sales;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	RunRubUser admin;

	RunRubUser rosa;

	RunRubUser sam;

	MassageService sports;

	io.runrub.clinic.TherapistView alice;

	@Autowired
	io.runrub.booking.AppointmentBooking booking;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		alice = clinic.therapist("Alice").offering(SPORTS).monToSat("09:00-18:00").create();
		sports = clinic.service("Sports massage", SPORTS, 60).create();
		admin = clinic.admin();
		rosa = clinic.runner("Rosa");
		sam = clinic.runner("Sam");
	}

	@Test
	void anAppointmentACreditPaidForIsNotCountedAgainAtTheServicesPrice() throws Exception {
		ClinicPackage five = sales.define(new ClinicPackage(null, "Five sports massages", sports.id(), 5, 30000, 6));
		long credit = sales.recordDeskPurchase(RunnerId.of(rosa.accountId()), five.id()).creditId();
		var paidByCredit = past(rosa, "2026-03-16T10:00");
		past(sam, "2026-03-17T10:00");
		jdbc.sql("""
				insert into credit_use (appointment_id, credit_id, runner_id, appointment_start, used_at)
				values (:appointment, :credit, :runner, :start, :start)""")
			.param("appointment", paidByCredit.id().value())
			.param("credit", credit)
			.param("runner", rosa.accountId())
			.param("start", paidByCredit.start().toOffsetDateTime())
			.update();

		// by hand: Sam's massage at £65 and the package at £300; Rosa's massage is in the package's £300
		mvc.perform(get("/api/v1/admin/reports/revenue").param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.with(user(admin)))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].kind").value("SERVICE"))
			.andExpect(jsonPath("$.rows[0].count").value(1))
			.andExpect(jsonPath("$.rows[1].kind").value("PACKAGE"))
			.andExpect(jsonPath("$.rows[1].amountCents").value(30000))
			.andExpect(jsonPath("$.totalCents").value(30000 + sports.price().minorUnits()));
	}

	io.runrub.booking.AppointmentView past(RunRubUser runner, String localStart) {
		return booking.recordPast(new io.runrub.booking.AppointmentBooking.PastAppointment(
				RunnerId.of(runner.accountId()), alice.id(), sports.id(), TestClinic.london(localStart),
				io.runrub.accounts.AccountId.of(admin.accountId())));
	}

	@Test
	void packagesSoldInTheRangeAreRevenueAtTheirPrice() throws Exception {
		ClinicPackage five = sales.define(new ClinicPackage(null, "Five sports massages", sports.id(), 5, 30000, 6));
		ClinicPackage three = sales.define(new ClinicPackage(null, "Three sports massages", sports.id(), 3, 17000, 3));
		sales.buy(RunnerId.of(rosa.accountId()), five.id());
		sales.recordDeskPurchase(RunnerId.of(rosa.accountId()), three.id());
		sales.recordDeskPurchase(RunnerId.of(sam.accountId()), five.id());
		long february = sales.recordDeskPurchase(RunnerId.of(sam.accountId()), three.id()).creditId();
		jdbc.sql("update package_credit set purchased_at = timestamp with time zone '2026-02-28 12:00:00+00:00' where id = :id")
			.param("id", february)
			.update();

		mvc.perform(get("/api/v1/admin/reports/revenue").param("from", "2026-03-01")
			.param("to", "2026-03-31")
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].kind").value("PACKAGE"))
			.andExpect(jsonPath("$.rows[0].id").value(five.id()))
			.andExpect(jsonPath("$.rows[0].name").value("Five sports massages"))
			.andExpect(jsonPath("$.rows[0].count").value(2))
			.andExpect(jsonPath("$.rows[0].amountCents").value(60000))
			.andExpect(jsonPath("$.rows[1].name").value("Three sports massages"))
			.andExpect(jsonPath("$.rows[1].count").value(1))
			.andExpect(jsonPath("$.rows[1].amountCents").value(17000))
			.andExpect(jsonPath("$.totalCents").value(77000));
		mvc.perform(get("/api/v1/admin/reports/revenue").param("from", "2026-02-01")
			.param("to", "2026-02-28")
			.with(user(admin)))
			.andExpect(jsonPath("$.rows", hasSize(1)))
			.andExpect(jsonPath("$.rows[0].name").value("Three sports massages"))
			.andExpect(jsonPath("$.totalCents").value(17000));
	}

}
