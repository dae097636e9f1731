package io.runrub.planner.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.MassageService;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
import io.runrub.planner.rules.RuleCatalogue;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.ProfileKeeping;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planner's API and Evidence page over HTTP, in the shapes the issue names. */
@RunRubIntegrationTest
class PlanApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	ProfileKeeping profiles;

	@Autowired
	JdbcClient jdbc;

	RunRubUser rita;

	TherapistView john;

	MassageService deep;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		john = clinic.therapist("John")
			.offering(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.ART, Modality.SWEDISH)
			.monToSat("09:00-19:00")
			.create();
		clinic.service("Sports massage", Modality.SPORTS, 60).create();
		deep = clinic.service("Deep tissue massage", Modality.DEEP_TISSUE, 60).create();
		clinic.service("Swedish massage", Modality.SWEDISH, 60).create();
		rita = clinic.runner("Rita");
		profiles.save(RunnerId.of(rita.accountId()), new RunnerProfile(4, Level.RECREATIONAL, Pressure.FIRM,
				Set.of(Goal.MAINTENANCE), Money.of(15_000, "GBP"), john.id(),
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, LocalDate.of(2026, 3, 1), 4))));
	}

	@Test
	void aPlanHasTheShapeOfTheIssueAndEveryReasonNamesItsRuleAndEvidence() throws Exception {
		mvc.perform(post("/api/v1/me/plan").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\": \"2026-03-23\", \"to\": \"2026-05-31\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions", hasSize(greaterThan(1))))
			.andExpect(jsonPath("$.suggestions[0].date", notNullValue()))
			.andExpect(jsonPath("$.suggestions[0].modality").value("DEEP_TISSUE"))
			.andExpect(jsonPath("$.suggestions[0].pressure").value("FIRM"))
			.andExpect(jsonPath("$.suggestions[0].durationMinutes").value(60))
			.andExpect(jsonPath("$.suggestions[0].focusAreas[0]").value("CALVES"))
			.andExpect(jsonPath("$.suggestions[0].therapistId").value(john.id().value()))
			.andExpect(jsonPath("$.suggestions[*].reasons[*].rule", hasItem("TYPE-AREA-DEEP")))
			.andExpect(jsonPath("$.suggestions[0].reasons[*].evidence",
					everyItem(isOneOf("moderate", "weak", "contradicted", "no evidence", "not graded"))))
			.andExpect(jsonPath("$.warnings").isArray());
	}

	@Test
	void aStoredPlanStillShowsEachPriceAsANumberOfMinorUnits() throws Exception {
		mvc.perform(post("/api/v1/me/plan").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\": \"2026-03-23\", \"to\": \"2026-05-31\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].priceCents").value(Math.toIntExact(deep.price().minorUnits())));
		mvc.perform(get("/api/v1/me/plan").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].modality").value("DEEP_TISSUE"))
			.andExpect(jsonPath("$.suggestions[0].priceCents").value(Math.toIntExact(deep.price().minorUnits())));
	}

	@Test
	void bookingThePlanReturnsTheAppointmentsAndWhatBecomesBookableLater() throws Exception {
		mvc.perform(post("/api/v1/me/plan").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\": \"2026-03-23\", \"to\": \"2026-06-30\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/me/plan/book").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.booked", hasSize(greaterThan(0))))
			.andExpect(jsonPath("$.booked[0].status").value("BOOKED"))
			.andExpect(jsonPath("$.unplaced", hasSize(0)))
			.andExpect(jsonPath("$.later", hasSize(greaterThan(0))))
			.andExpect(jsonPath("$.later[0].modality", notNullValue()))
			.andExpect(jsonPath("$.later[0].bookableFrom", notNullValue()));
		mvc.perform(get("/api/v1/me/plan").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(jsonPath("$.suggestions[0].appointmentId", notNullValue()))
			.andExpect(jsonPath("$.suggestions[0].status").value("OK"));
	}

	@Test
	void onlyRunnersPlanAndEveryoneMayReadTheEvidence() throws Exception {
		String johnsEmail = jdbc.sql("select email from account where id = :id")
			.param("id", john.accountId().value())
			.query(String.class)
			.single();
		mvc.perform(post("/api/v1/me/plan").with(httpBasic(johnsEmail, PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/me/plan")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/evidence"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(RuleCatalogue.all().size())))
			.andExpect(jsonPath("$[*].id", hasItem("TIME-BEFORE-RACE")));
		mvc.perform(get("/evidence"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TIME-RACE-WINDOW")))
			.andExpect(content().string(containsString("does not flush out lactic acid")));
	}

	@Test
	void aSwappedMassageSaysWhatWasChangedApartFromReasonsForWhatItIs() throws Exception {
		profiles.save(RunnerId.of(rita.accountId()), new RunnerProfile(4, Level.RECREATIONAL, Pressure.MEDIUM,
				Set.of(Goal.MAINTENANCE), Money.of(15_000, "GBP"), john.id(),
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, LocalDate.of(2026, 3, 1), 4))));
		mvc.perform(post("/api/v1/me/plan").with(httpBasic(rita.email(), PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\": \"2026-03-23\", \"to\": \"2026-05-31\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].modality").value("SPORTS"))
			.andExpect(jsonPath("$.suggestions[0].reasons[*].rule", not(hasItem("TYPE-AREA-DEEP"))))
			.andExpect(jsonPath("$.suggestions[0].adjustments[0].rule").value("TYPE-TOLERANCE"))
			.andExpect(jsonPath("$.suggestions[0].adjustments[0].text")
				.value("You prefer medium pressure, so a sports massage instead of deep tissue massage."));
		mvc.perform(get("/api/v1/me/plan").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(jsonPath("$.suggestions[0].adjustments[0].rule").value("TYPE-TOLERANCE"));
		mvc.perform(get("/plan").with(httpBasic(rita.email(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What we considered and changed")))
			.andExpect(content().string(containsString("so a sports massage instead of deep tissue massage.")));
	}

	@Test
	void theEvidencePageHasPlainHeadingsAndNamesItsSourcesByTitle() throws Exception {
		String page = mvc.perform(get("/evidence")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher headings = java.util.regex.Pattern.compile("<h2>\\s*<span>([^<]*)</span>").matcher(page);
		List<String> found = new java.util.ArrayList<>();
		while (headings.find()) {
			found.add(headings.group(1));
		}
		assertThat(found).hasSize(RuleCatalogue.all().size())
			.contains("Nothing deep in the last days before a race")
			.noneMatch(heading -> heading.matches("[A-Z-]+") || heading.startsWith("evidence."));
		assertThat(page).contains("<small class=\"rule-tag\">TIME-RACE-WINDOW</small>")
			.contains("From \u201cMassage for Runners: The What, When and How\u201d: ")
			.contains("From \u201cTop Massage Tips for Runners\u201d: ")
			.doesNotContain("S0")
			.doesNotContain("S1");
	}

	@Test
	void withoutAProfileThePlanIsA422ThatSaysWhatToDo() throws Exception {
		RunRubUser sam = clinic.runner("Sam");
		mvc.perform(post("/api/v1/me/plan").with(httpBasic(sam.email(), PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("https://runrub.io/problems/plan-no-profile"))
			.andExpect(jsonPath("$.detail", containsString("profile")));
	}

}
