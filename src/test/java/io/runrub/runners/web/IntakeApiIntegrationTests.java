package io.runrub.runners.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import io.runrub.accounts.AccountRegistration;
import io.runrub.accounts.Role;
import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.ClinicAdministration;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.Intake;
import io.runrub.runners.IntakeQuestions;
import io.runrub.runners.IntakeScreening;
import io.runrub.shared.Modality;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static io.runrub.runners.Answers.allNo;
import static io.runrub.runners.Answers.allNoBut;
import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.as;
import static io.runrub.runners.web.RunnerProfileApiIntegrationTests.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The health questions over the JSON API against the whole application and an in-memory H2: every question must be
 * answered, what is saved is read back with what it means, and confirming keeps the answers.
 */
@RunRubIntegrationTest
class IntakeApiIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountRegistration registration;

	@Autowired
	private ClinicAdministration administration;

	@Autowired
	private IntakeScreening screening;

	private RunRubUser rosa;

	@BeforeEach
	void signUp() {
		var account = registration.signUpRunner(unique("rosa") + "@example.test", "correct-horse-7", "Rosa");
		rosa = new RunRubUser(account.id(), account.email(), account.name(), account.role(), null);
	}

	@Test
	void anySignedInPersonCanReadTheQuestions() throws Exception {
		TherapistView john = administration.createTherapist("John", unique("john") + "@example.test",
				"correct-horse-7", "", EnumSet.of(Modality.SPORTS));
		RunRubUser therapist = new RunRubUser(john.accountId(), "", "John", Role.THERAPIST, null);

		for (RunRubUser user : new RunRubUser[] { rosa, therapist }) {
			mvc.perform(get("/api/v1/intake/questions").with(as(user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(IntakeQuestions.all().size()))
				.andExpect(jsonPath("$[0].id").value("BLOOD_CLOT"))
				.andExpect(jsonPath("$[0].tier").value("STOP"))
				.andExpect(jsonPath("$[0].text").value(containsString("blood clot")))
				.andExpect(jsonPath("$[*].id").value(hasItems("PREGNANCY", "FRACTURE")));
		}
		mvc.perform(get("/api/v1/intake/questions")).andExpect(status().isUnauthorized());
	}

	@Test
	void answersAreReadBackWithWhatTheyMean() throws Exception {
		mvc.perform(get("/api/v1/me/intake").with(as(rosa)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("You have not answered the health questions yet")));

		putIntake(allNoBut("VARICOSE_VEINS"), "Veins on the left calf.").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict.restricted").value(true));

		mvc.perform(get("/api/v1/me/intake").with(as(rosa)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.VARICOSE_VEINS").value(true))
			.andExpect(jsonPath("$.answers.BLOOD_CLOT").value(false))
			.andExpect(jsonPath("$.answers.length()").value(IntakeQuestions.all().size()))
			.andExpect(jsonPath("$.notes").value("Veins on the left calf."))
			.andExpect(jsonPath("$.answeredAt").value(screening.find(RunnerId.of(rosa.accountId())).orElseThrow().answeredAt().toString()))
			.andExpect(jsonPath("$.verdict.answered").value(true))
			.andExpect(jsonPath("$.verdict.blocksMassage").value(false))
			.andExpect(jsonPath("$.verdict.maxPressure").value("LIGHT"))
			.andExpect(jsonPath("$.verdict.restrictions[0]").value("VARICOSE_VEINS"))
			.andExpect(jsonPath("$.verdict.allowedModalities").value(not(hasItems("DEEP_TISSUE"))))
			.andExpect(jsonPath("$.verdict.advice").value(containsString("light pressure")));

		Intake saved = screening.find(RunnerId.of(rosa.accountId())).orElseThrow();
		assertThat(saved.answers()).isEqualTo(allNoBut("VARICOSE_VEINS"));
		assertThat(saved.confirmedAt()).isEqualTo(saved.answeredAt());
	}

	@Test
	void anUnansweredQuestionIsRefusedAndTheEarlierAnswersStay() throws Exception {
		putIntake(allNo(), null).andExpect(status().isOk());
		Intake before = screening.find(RunnerId.of(rosa.accountId())).orElseThrow();

		Map<String, Boolean> missingOne = allNoBut("PREGNANCY");
		missingOne.remove("OSTEOPOROSIS");
		putIntake(missingOne, "changed").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Health questions not answered"))
			.andExpect(jsonPath("$.detail").value(containsString("Answer every health question with yes or no")))
			.andExpect(jsonPath("$.detail").value(containsString(IntakeQuestions.byId("OSTEOPOROSIS").orElseThrow().text())));

		Map<String, Boolean> feverUnanswered = new LinkedHashMap<>(allNo());
		feverUnanswered.put("FEVER", null);
		// null is not an answer: refused as JSON of the wrong shape, naming the question
		putIntake(feverUnanswered, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers.FEVER"));

		assertThat(screening.find(RunnerId.of(rosa.accountId()))).contains(before);
	}

	@Test
	void anUnknownQuestionIsRefused() throws Exception {
		Map<String, Boolean> answers = allNo();
		answers.put("FEELING_LUCKY", true);

		putIntake(answers, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Unknown health question"))
			.andExpect(jsonPath("$.detail").value(containsString("“FEELING_LUCKY” is not one of the health questions")));
		mvc.perform(put("/api/v1/me/intake").with(as(rosa)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers"));

		assertThat(screening.find(RunnerId.of(rosa.accountId()))).isEmpty();
	}

	@Test
	void confirmingKeepsTheAnswersAndRecordsWhen() throws Exception {
		mvc.perform(post("/api/v1/me/intake/confirm").with(as(rosa)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("Answer the health questions before booking")));

		Intake answered = screening.answer(RunnerId.of(rosa.accountId()), allNoBut("PREGNANCY"), "Due in May");
		mvc.perform(post("/api/v1/me/intake/confirm").with(as(rosa)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.PREGNANCY").value(true))
			.andExpect(jsonPath("$.notes").value("Due in May"));

		Intake confirmed = screening.find(RunnerId.of(rosa.accountId())).orElseThrow();
		assertThat(confirmed.answers()).isEqualTo(answered.answers());
		assertThat(confirmed.answeredAt()).isEqualTo(answered.answeredAt());
		assertThat(confirmed.confirmedAt()).isAfterOrEqualTo(answered.confirmedAt());
	}

	@Test
	void aTherapistHasNoAnswersOfTheirOwn() throws Exception {
		TherapistView john = administration.createTherapist("John", unique("john") + "@example.test",
				"correct-horse-7", "", EnumSet.of(Modality.SPORTS));
		RunRubUser therapist = new RunRubUser(john.accountId(), "", "John", Role.THERAPIST, null);

		mvc.perform(get("/api/v1/me/intake").with(as(therapist))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/me/intake").with(as(therapist))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {}}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/me/intake/confirm").with(as(therapist))).andExpect(status().isForbidden());
	}

	private ResultActions putIntake(Map<String, Boolean> answers, String notes) throws Exception {
		StringBuilder json = new StringBuilder("{\"answers\": {");
		answers.forEach((id, yes) -> json.append('"').append(id).append("\": ").append(yes).append(", "));
		json.setLength(json.length() - 2);
		json.append("}, \"notes\": ").append(notes == null ? "null" : '"' + notes + '"').append('}');
		return mvc.perform(put("/api/v1/me/intake").with(as(rosa))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.toString()));
	}

}
