package io.runrub.runners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.AccountSummary;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.ClinicCatalog;
import io.runrub.clinic.TherapistId;
import io.runrub.clinic.TherapistView;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A runner's profile over the JSON API, against the whole application and an in-memory H2: what is saved is read
 * back, bad input is refused with problem details and changes nothing, and /me is always the caller's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RunnerProfileApiIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRegistration registration;

	@Autowired
	private ClinicAdministration administration;

	@Autowired
	private ClinicCatalog catalog;

	@Autowired
	private ProfileKeeping profiles;

	@Autowired
	private Clock clock;

	private RunRubUser rosa;

	private TherapistView john;

	private LocalDate today;

	@BeforeEach
	void setUp() {
		rosa = runner("Rosa");
		john = administration.createTherapist("John", unique("john") + "@example.test", "correct-horse-7", "",
				EnumSet.of(Modality.SPORTS));
		today = LocalDate.now(clock.withZone(catalog.zone()));
	}

	@Test
	void aRunnerWithoutAProfileGetsANotFoundProblemThatSaysWhatToDo() throws Exception {
		mvc.perform(get("/api/v1/me/profile").with(as(rosa)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("You have not filled in your runner profile yet")));
	}

	@Test
	void whatARunnerSavesIsWhatTheyReadBack() throws Exception {
		String body = """
				{"trainingDaysPerWeek": 5, "level": "RECREATIONAL", "pressureTolerance": "FIRM",
				 "goals": ["PROBLEM_AREA", "MAINTENANCE"], "monthlyBudgetCents": 13000, "preferredTherapistId": %d,
				 "complaints": [{"area": "CALVES", "kind": "TIGHTNESS", "since": "%s", "severity": 4},
				                {"area": "FEET", "kind": "PLANTAR_FASCIITIS", "since": "%s", "severity": 6}]}"""
			.formatted(john.id().value(), today.minusWeeks(3), today);

		mvc.perform(put("/api/v1/me/profile").with(as(rosa)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trainingDaysPerWeek").value(5));

		mvc.perform(get("/api/v1/me/profile").with(as(rosa)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trainingDaysPerWeek").value(5))
			.andExpect(jsonPath("$.level").value("RECREATIONAL"))
			.andExpect(jsonPath("$.pressureTolerance").value("FIRM"))
			.andExpect(jsonPath("$.goals").value(containsInAnyOrder("MAINTENANCE", "PROBLEM_AREA")))
			.andExpect(jsonPath("$.monthlyBudgetCents").value(13000))
			.andExpect(jsonPath("$.preferredTherapistId").value(john.id().value()))
			.andExpect(jsonPath("$.complaints.length()").value(2))
			.andExpect(jsonPath("$.complaints[0].area").value("CALVES"))
			.andExpect(jsonPath("$.complaints[0].kind").value("TIGHTNESS"))
			.andExpect(jsonPath("$.complaints[0].since").value(today.minusWeeks(3).toString()))
			.andExpect(jsonPath("$.complaints[0].severity").value(4))
			.andExpect(jsonPath("$.complaints[1].kind").value("PLANTAR_FASCIITIS"));

		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).contains(new RunnerProfile(5, Level.RECREATIONAL, Pressure.FIRM,
				EnumSet.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), new Money(13000, catalog.clinic().currency()), john.id(),
				java.util.List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, today.minusWeeks(3), 4),
						new Complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, today, 6))));
	}

	@Test
	void savingAgainReplacesGoalsComplaintsAndTherapist() throws Exception {
		putProfile(rosa, """
				{"trainingDaysPerWeek": 3, "level": "BEGINNER", "pressureTolerance": "MEDIUM", "goals": ["RELAXATION"],
				 "monthlyBudgetCents": 6000, "preferredTherapistId": %d,
				 "complaints": [{"area": "SHINS", "kind": "SHIN_SPLINTS", "since": "%s", "severity": 5}]}"""
			.formatted(john.id().value(), today.minusDays(10))).andExpect(status().isOk());

		putProfile(rosa, """
				{"trainingDaysPerWeek": 4, "level": "BEGINNER", "pressureTolerance": "MEDIUM", "monthlyBudgetCents": 0}""")
			.andExpect(status().isOk());

		RunnerProfile saved = profiles.find(RunnerId.of(rosa.accountId())).orElseThrow();
		assertThat(saved.trainingDaysPerWeek()).isEqualTo(4);
		assertThat(saved.goals()).isEmpty();
		assertThat(saved.complaints()).isEmpty();
		assertThat(saved.preferredTherapistId()).isNull();
		assertThat(saved.monthlyBudget().isZero()).isTrue();
	}

	@Test
	void missingAndOutOfRangeValuesAreFieldErrorsAndNothingIsSaved() throws Exception {
		putProfile(rosa, """
				{"trainingDaysPerWeek": 9, "pressureTolerance": "FIRM", "monthlyBudgetCents": -5,
				 "complaints": [{"area": "CALVES", "kind": "TIGHTNESS", "since": "%s", "severity": 11}]}"""
			.formatted(today))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("trainingDaysPerWeek", "level",
					"monthlyBudgetCents", "complaints[0].severity")))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem("Rate it from 0 to 10.")));

		putProfile(rosa, "{\"trainingDaysPerWeek\": 3, \"level\": \"PRO\"}").andExpect(status().isBadRequest());

		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void aComplaintThatStartsInTheFutureIsRefusedWithAReason() throws Exception {
		putProfile(rosa, valid("""
				[{"area": "HAMSTRINGS", "kind": "HAMSTRING_INJURY", "since": "%s", "severity": 3}]"""
			.formatted(today.plusDays(2)), null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Complaint 1 (Hamstrings): the day it started, " + today.plusDays(2)
					+ ", is in the future."));

		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void aTherapistWhoIsNotTakingBookingsOrDoesNotExistCannotBePreferred() throws Exception {
		administration.updateTherapist(john.id(), john.name(), "", EnumSet.of(Modality.SPORTS), false);

		putProfile(rosa, valid("[]", john.id().value())).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("John is not taking bookings at the moment")));
		putProfile(rosa, valid("[]", Long.MAX_VALUE)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("There is no therapist with id")));

		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void aBudgetOverTheLimitIsRefused() throws Exception {
		putProfile(rosa, """
				{"trainingDaysPerWeek": 5, "level": "COMPETITIVE", "pressureTolerance": "DEEP", "monthlyBudgetCents": 200001}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("at most")));
	}

	@Test
	void meIsAlwaysTheCallersOwnProfile() throws Exception {
		RunRubUser paula = runner("Paula");
		putProfile(rosa, valid("[]", john.id().value())).andExpect(status().isOk());

		mvc.perform(get("/api/v1/me/profile").with(as(paula))).andExpect(status().isNotFound());

		putProfile(paula, """
				{"trainingDaysPerWeek": 1, "level": "BEGINNER", "pressureTolerance": "LIGHT", "monthlyBudgetCents": 100}""")
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/me/profile").with(as(rosa)))
			.andExpect(jsonPath("$.trainingDaysPerWeek").value(5))
			.andExpect(jsonPath("$.preferredTherapistId").value(john.id().value()));
		mvc.perform(get("/api/v1/me/profile").with(as(paula)))
			.andExpect(jsonPath("$.trainingDaysPerWeek").value(1))
			.andExpect(jsonPath("$.preferredTherapistId").doesNotExist());
	}

	@Test
	void aTherapistOrAnAdminMayNotUseARunnersProfileAndAStrangerMustLogIn() throws Exception {
		RunRubUser therapist = new RunRubUser(john.accountId(), "", "John", Role.THERAPIST, null);

		mvc.perform(get("/api/v1/me/profile").with(as(therapist)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		putProfile(therapist, valid("[]", null)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/profile").with(as(user(registration.create(unique("admin") + "@example.test",
				"correct-horse-7", "Ada", Role.ADMIN)))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me/profile")).andExpect(status().isUnauthorized());
	}

	private String valid(String complaints, Long therapistId) {
		return """
				{"trainingDaysPerWeek": 5, "level": "RECREATIONAL", "pressureTolerance": "FIRM", "goals": ["MAINTENANCE"],
				 "monthlyBudgetCents": 13000, "preferredTherapistId": %s, "complaints": %s}"""
			.formatted(therapistId == null ? "null" : therapistId.toString(), complaints);
	}

	private ResultActions putProfile(RunRubUser user, String body) throws Exception {
		return mvc.perform(put("/api/v1/me/profile").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private RunRubUser runner(String name) {
		return user(registration.signUpRunner(unique(name) + "@example.test", "correct-horse-7", name));
	}

	private static RunRubUser user(AccountSummary account) {
		return new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
	}

	static RequestPostProcessor as(RunRubUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	static String unique(String prefix) {
		return prefix.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
