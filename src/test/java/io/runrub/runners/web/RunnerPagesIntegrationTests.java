package io.runrub.runners.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import io.runrub.accounts.AccountDirectory;
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
import io.runrub.runners.IntakeQuestion;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.Level;
import io.runrub.runners.RunnerProfile;
import io.runrub.runners.ProfileKeeping;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.runrub.runners.Answers.allNo;
import static io.runrub.runners.Answers.allNoBut;
import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.as;
import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The profile and health-question pages against the whole application and an in-memory H2: a new runner is sent to
 * the health questions before booking, what a runner submits is what is saved, and refused input saves nothing and
 * is shown again with a sentence saying what to fix.
 */
@RunRubIntegrationTest
class RunnerPagesIntegrationTests {

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
	private ProfileKeeping profiles;

	@Autowired
	private IntakeScreening screening;

	@Autowired
	private Clock clock;

	private RunRubUser rosa;

	@BeforeEach
	void signUp() {
		AccountSummary account = registration.signUpRunner(unique("rosa") + "@example.test", "correct-horse-7",
				"Rosa");
		rosa = new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
	}

	// health questions

	@Test
	void aNewRunnerIsSentToTheHealthQuestionsAndThenOnToBooking() throws Exception {
		String email = unique("paula") + "@example.test";
		mvc.perform(post("/signup").with(csrf())
			.param("name", "Paula Pacer")
			.param("email", email)
			.param("password", "tempo-tuesday"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/intake?next=/book"));
		AccountSummary paula = accounts.findByEmail(email).orElseThrow();
		RunRubUser user = new RunRubUser(paula.id(), email, "Paula Pacer", Role.RUNNER, null);

		String page = page(get("/intake").param("next", "/book"), user);
		assertThat(page).contains("name=\"next\" value=\"/book\"");

		mvc.perform(answers(allNo()).param("next", "/book").with(as(user)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/book"))
			.andExpect(flash().attribute("message", "Thank you: your health answers are saved."));
		assertThat(screening.find(RunnerId.of(paula.id().value()))).hasValueSatisfying(intake -> assertThat(intake.answers()).isEqualTo(allNo()));
	}

	@Test
	void thePageAsksEveryQuestionYesOrNoAndSaysWhatAYesMeans() throws Exception {
		String page = page(get("/intake"), rosa);

		for (IntakeQuestion question : IntakeQuestions.all()) {
			assertThat(page).contains(question.text().replace("'", "&#39;"))
				.contains("id=\"" + question.id() + "-yes\"")
				.contains("id=\"" + question.id() + "-no\"");
		}
		assertThat(page).contains("If you answer yes to any of these, please do not book a massage now")
			.contains("Please seek medical advice first")
			.contains("If you answer yes to any of these, you can still book, with care")
			.contains("light pressure")
			.doesNotContain("??");
	}

	@Test
	void previousAnswersAreShownWithWhatTheyMean() throws Exception {
		screening.answer(RunnerId.of(rosa.accountId()), allNoBut("OSTEOPOROSIS"), "Hip scan last year");

		String page = oneLine(page(get("/intake"), rosa));

		assertThat(page).contains("id=\"OSTEOPOROSIS-yes\" required checked=\"checked\"")
			.contains("id=\"FEVER-no\" required checked=\"checked\"")
			.contains("Hip scan last year")
			.contains("Because you have osteoporosis, your therapist will keep to light pressure");
	}

	@Test
	void anUnansweredQuestionIsMarkedAndNothingIsSaved() throws Exception {
		var answers = mvcAnswers(allNoBut("PREGNANCY"));
		answers.remove("answers[FRACTURE]");
		MockHttpServletRequestBuilder request = post("/intake").with(csrf()).param("notes", "Due in May");
		answers.forEach(request::param);

		String page = oneLine(page(request, rosa));

		assertThat(page).contains("Please answer every question with yes or no: 1 question is not answered yet")
			.containsPattern("<fieldset class=\"question has-error\" id=\"q-FRACTURE\" aria-invalid=\"true\" "
					+ "aria-describedby=\"FRACTURE-error\">.*<p class=\"field-error\" id=\"FRACTURE-error\">Please answer yes or no.</p>")
			.doesNotContain("PREGNANCY-error")
			.contains("id=\"PREGNANCY-yes\" required checked=\"checked\"")
			.contains("Due in May");
		assertThat(screening.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void aStopAnswerKeepsTheRunnerOnThePageWithTheAdviceInsteadOfGoingOnToBook() throws Exception {
		mvc.perform(answers(allNoBut("RECENT_INJURY")).param("next", "/book").with(as(rosa)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/intake"));

		assertThat(page(get("/intake"), rosa)).contains("Please don&#39;t book a massage now")
			.contains("seek medical advice");
	}

	@Test
	void nextNeverLeadsToAnotherSite() throws Exception {
		for (String next : List.of("//evil.example/book", "https://evil.example", "/\\evil.example")) {
			mvc.perform(answers(allNo()).param("next", next).with(as(rosa)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/intake"));
		}
	}

	// profile

	@Test
	void aNewRunnersProfilePageIsEmptyAndOffersTheClinicsTherapists() throws Exception {
		TherapistView john = therapist("John");

		String page = page(get("/profile"), rosa);

		assertThat(page).contains("You have not saved a profile yet.")
			.contains("<option value=\"" + john.id() + "\">John</option>")
			.contains("Plantar fasciitis")
			.contains("Feet and plantar fascia")
			.doesNotContain("??");
	}

	@Test
	void aProfileIsSavedWithItsComplaintsAndBlankRowsIgnored() throws Exception {
		TherapistView john = therapist("John");
		LocalDate today = LocalDate.now(clock.withZone(catalog.zone()));

		mvc.perform(post("/profile").with(csrf())
			.with(as(rosa))
			.param("trainingDaysPerWeek", "5")
			.param("level", "RECREATIONAL")
			.param("pressureTolerance", "FIRM")
			.param("goals", "MAINTENANCE", "PROBLEM_AREA")
			.param("monthlyBudget", "130.00")
			.param("preferredTherapistId", String.valueOf(john.id()))
			.param("complaints[0].area", "CALVES")
			.param("complaints[0].kind", "TIGHTNESS")
			.param("complaints[0].since", today.minusWeeks(3).toString())
			.param("complaints[0].severity", "4")
			.param("complaints[1].area", "")
			.param("complaints[1].kind", "")
			.param("complaints[1].since", "")
			.param("complaints[1].severity", "")
			.param("complaints[2].area", "SHINS")
			.param("complaints[2].kind", "SHIN_SPLINTS")
			.param("complaints[2].since", today.minusDays(2).toString())
			.param("complaints[2].severity", "6")
			.param("complaints[2].remove", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/profile"))
			.andExpect(flash().attribute("message", "Your profile is saved."));

		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).contains(new RunnerProfile(5, Level.RECREATIONAL, Pressure.FIRM,
				EnumSet.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), new Money(13000, catalog.clinic().currency()), john.id(),
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, today.minusWeeks(3), 4))));

		String page = page(get("/profile"), rosa);
		assertThat(page).contains("value=\"130.00\"")
			.contains("<option value=\"RECREATIONAL\" selected=\"selected\">")
			.contains("<option value=\"" + john.id() + "\" selected=\"selected\">John</option>")
			.contains("<option value=\"CALVES\" selected=\"selected\">")
			.contains("value=\"" + today.minusWeeks(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\"")
			.doesNotContain("You have not saved a profile yet.");
	}

	@Test
	void whatCannotBeReadOrBreaksARuleIsExplainedAndNothingIsSaved() throws Exception {
		LocalDate today = LocalDate.now(clock.withZone(catalog.zone()));

		assertThat(page(profileForm("lots", "CALVES", today.toString()), rosa))
			.contains("Enter your monthly budget as an amount such as 130 or 130.00")
			.contains("value=\"lots\"");
		assertThat(page(profileForm("130", "", today.toString()), rosa))
			.contains("Complaint row 1: choose where it is.");
		assertThat(page(profileForm("130", "CALVES", today.plusDays(2).toString()), rosa))
			.contains("Complaint 1 (Calves): the day it started, " + today.plusDays(2) + ", is in the future.");

		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void everyErrorShowsAtOnceNextToItsFieldMarkedForScreenReaders() throws Exception {
		String page = oneLine(page(post("/profile").with(csrf())
			.param("trainingDaysPerWeek", "9")
			.param("level", "")
			.param("pressureTolerance", "MEDIUM")
			.param("monthlyBudget", "lots")
			.param("complaints[0].area", "CALVES")
			.param("complaints[0].kind", "")
			.param("complaints[0].since", "")
			.param("complaints[0].severity", "3"), rosa));

		assertThat(page).contains("Enter how many days a week you train, from 0 to 7.")
			.contains("Choose your running level.")
			.contains("Enter your monthly budget as an amount such as 130 or 130.00")
			.contains("Complaint row 1: choose what it is.")
			.contains("Complaint row 1: enter roughly the day it started.")
			.contains("aria-invalid=\"true\" aria-describedby=\"monthlyBudget-error\"")
			.contains("id=\"monthlyBudget-error\"")
			.contains("value=\"lots\"")
			.doesNotContain("??");
		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void aValueThatIsNotANumberOrADateIsExplainedInWords() throws Exception {
		String page = oneLine(page(post("/profile").with(csrf())
			.param("trainingDaysPerWeek", "four")
			.param("level", "BEGINNER")
			.param("pressureTolerance", "MEDIUM")
			.param("monthlyBudget", "130")
			.param("complaints[0].area", "CALVES")
			.param("complaints[0].kind", "PAIN")
			.param("complaints[0].since", "someday")
			.param("complaints[0].severity", "3"), rosa));

		assertThat(page).contains("Enter how many days a week you train, from 0 to 7.")
			.contains("Enter roughly the day it started, as day/month/year, for example")
			.doesNotContain("Failed to convert");
		assertThat(profiles.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void onlyRunnersHaveThesePages() throws Exception {
		TherapistView john = therapist("John");
		RunRubUser therapist = new RunRubUser(john.accountId(), "", "John", Role.THERAPIST, null);

		mvc.perform(get("/profile").with(as(therapist))).andExpect(status().isForbidden());
		mvc.perform(get("/intake").with(as(therapist))).andExpect(status().isForbidden());
		mvc.perform(get("/profile").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	private MockHttpServletRequestBuilder profileForm(String budget, String area, String since) {
		return post("/profile").with(csrf())
			.param("trainingDaysPerWeek", "4")
			.param("level", "BEGINNER")
			.param("pressureTolerance", "MEDIUM")
			.param("monthlyBudget", budget)
			.param("preferredTherapistId", "")
			.param("complaints[0].area", area)
			.param("complaints[0].kind", "PAIN")
			.param("complaints[0].since", since)
			.param("complaints[0].severity", "3");
	}

	private MockHttpServletRequestBuilder answers(java.util.Map<String, Boolean> answers) {
		MockHttpServletRequestBuilder request = post("/intake").with(csrf());
		mvcAnswers(answers).forEach(request::param);
		return request;
	}

	private static java.util.Map<String, String> mvcAnswers(java.util.Map<String, Boolean> answers) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		answers.forEach((id, yes) -> params.put("answers[" + id + "]", yes ? "yes" : "no"));
		return params;
	}

	private String page(MockHttpServletRequestBuilder request, RunRubUser user) throws Exception {
		return mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The page with every run of white space as one space, to read attributes that the template wraps. */
	private static String oneLine(String page) {
		return page.replaceAll("\\s+", " ");
	}

	private TherapistView therapist(String name) {
		return administration.createTherapist(name, unique(name) + "@example.test", "correct-horse-7", "",
				EnumSet.of(Modality.SPORTS));
	}

}
