package io.runrub.care;

import java.util.List;
import java.util.Map;

import io.runrub.accounts.RunRubUser;
import io.runrub.booking.AppointmentView;
import io.runrub.care.CareFixture.Therapist;
import io.runrub.care.notes.NoteView;
import io.runrub.care.notes.TissueState;
import io.runrub.clinic.MassageService;
import io.runrub.shared.BodyArea;
import io.runrub.support.RunRubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.runrub.care.CareFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The body map: a runner's check-in on a front and back figure, and a therapist's findings on the same figures. */
@RunRubIntegrationTest
@Import(CareFixture.class)
class BodyMapPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CareFixture fixture;

	RunRubUser runner;

	Therapist therapist;

	MassageService service;

	@BeforeEach
	void setUp() {
		runner = fixture.runner("Rosa");
		therapist = fixture.therapist("John");
		service = fixture.service();
	}

	@Test
	void theCheckInShowsAFrontAndBackMapWhoseEveryAreaIsANamedLinkToItsOwnInput() throws Exception {
		String care = page(get("/care"), runner);

		assertThat(care).contains("class=\"body-figure front\"").contains("class=\"body-figure back\"")
			.contains("<figcaption>Front</figcaption>").contains("<figcaption>Back</figcaption>");
		for (BodyArea area : BodyArea.values()) {
			// every area keeps a plain input (the no-script form), and all but "other" have a place on the map
			assertThat(care).contains("id=\"area_" + area.name() + "\"");
			if (area != BodyArea.OTHER) {
				assertThat(care).contains("<a href=\"#area_" + area.name() + "\" class=\"area level-none\" data-area=\""
						+ area.name() + "\" aria-label=\"" + area.displayName() + ": not marked\">");
			}
		}
		assertThat(care).doesNotContain("href=\"#area_OTHER\"").contains("src=\"/js/body-map.js\"");
	}

	@Test
	void scoresGivenOnTheMapAreSavedAndARefusedFormShadesTheAreasAsTyped() throws Exception {
		mvc.perform(post("/care/body-check-ins").with(as(runner)).with(csrf())
			.param("date", fixture.today().toString())
			.param("areas[CALVES]", "6")
			.param("areas[LOW_BACK]", "3")
			.param("areas[QUADS]", ""))
			.andExpect(redirectedUrl("/care"));
		List<Map<String, Object>> saved = jdbc.sql("select area, score from body_check_in_area order by area")
			.query()
			.listOfRows();
		assertThat(saved).extracting(row -> row.get("AREA") + "=" + row.get("SCORE"))
			.containsExactly("CALVES=6", "LOW_BACK=3");

		String refused = mvc.perform(post("/care/body-check-ins").with(as(runner)).with(csrf())
			.param("date", fixture.today().plusDays(3).toString())
			.param("areas[HAMSTRINGS]", "8"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("class=\"area level-8\" data-area=\"HAMSTRINGS\" aria-label=\"Hamstrings: 8 of 10\"");
		assertThat(jdbc.sql("select count(*) from body_check_in").query(Long.class).single()).isOne();
	}

	@Test
	void theTherapistsFindingsAreShownOnTheSameMapInTheNoteAndTheBriefAndTheNoteFormLeadsToEachRow()
			throws Exception {
		AppointmentView past = fixture.past(runner, therapist, service, 1);
		NoteView note = fixture.note(past, therapist, TissueState.TIGHT, "Calves tight.");
		AppointmentView next = fixture.future(runner, therapist, service);

		String notePage = page(get("/therapist/notes/{id}", note.note().id()), therapist.user());
		String brief = page(get("/therapist/appointments/{id}", next.id()), therapist.user());

		for (String page : List.of(notePage, brief)) {
			// severity 2 of 3 shades like 7 of 10; read-only, the figure is one image that names every area
			assertThat(page).contains("<g class=\"area level-7\" data-area=\"CALVES\"><title>Calves: tight, 2 of 3</title>")
				.containsPattern("class=\"body-figure back\" viewBox=\"0 0 120 260\" role=\"img\" aria-label=\"Back; [^\"]*Calves: tight, 2 of 3")
				.contains("Shins: not examined");
		}
		assertThat(notePage).as("the amend form's map leads to the rows").contains("<a href=\"#state_CALVES\"");
		String form = page(get("/therapist/appointments/{id}/note", fixture.past(runner, therapist, service, 2).id()),
				therapist.user());
		assertThat(form).contains("<a href=\"#state_KNEES\" class=\"area level-none\"").contains("id=\"state_KNEES\"");
	}

	private String page(MockHttpServletRequestBuilder request, RunRubUser user) throws Exception {
		return mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}
