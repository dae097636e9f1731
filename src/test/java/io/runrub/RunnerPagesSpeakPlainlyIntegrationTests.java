package io.runrub;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.clinic.TherapistView;
import io.runrub.runners.Answers;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.runners.Goal;
import io.runrub.runners.IntakeScreening;
import io.runrub.runners.Level;
import io.runrub.runners.ProfileKeeping;
import io.runrub.runners.RunnerProfile;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import io.runrub.shared.Money;
import io.runrub.shared.Pressure;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import io.runrub.support.VisibleText;
import io.runrub.training.RacePriority;
import io.runrub.training.SessionStatus;
import io.runrub.training.SessionType;
import io.runrub.training.TrainingLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The main runner pages, rendered for a runner in the middle of a season (training, an A and a B race, a complaint,
 * a health answer that restricts massage, a plan), show no code name: no enum constant such as {@code DEEP_TISSUE}
 * or {@code MOVE_PROPOSED}, no race priority as a bare "(A)", no rule id as a heading.
 */
@RunRubIntegrationTest
class RunnerPagesSpeakPlainlyIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	TrainingLog training;

	@Autowired
	ProfileKeeping profiles;

	@Autowired
	IntakeScreening screening;

	RunRubUser rita;

	@BeforeEach
	void ritaIsInTheMiddleOfHerSeason() {
		clinic.reset();
		clinic.open();
		TherapistView john = clinic.therapist("John")
			.offering(Modality.SPORTS, Modality.DEEP_TISSUE, Modality.ART, Modality.SWEDISH)
			.monToSat("09:00-13:00", "14:00-20:00")
			.create();
		for (Modality modality : Modality.values()) {
			clinic.service(modality.displayName(), modality, 60).create();
		}
		rita = clinic.runner("Rita");
		RunnerId runner = RunnerId.of(rita.accountId());
		profiles.save(runner, new RunnerProfile(5, Level.RECREATIONAL, Pressure.FIRM,
				Set.of(Goal.MAINTENANCE, Goal.PROBLEM_AREA), Money.of(20_000, "GBP"), john.id(),
				List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, LocalDate.of(2026, 3, 1), 4))));
		Map<DayOfWeek, SessionType> week = Map.of(DayOfWeek.TUESDAY, SessionType.INTERVALS, DayOfWeek.THURSDAY,
				SessionType.TEMPO, DayOfWeek.SUNDAY, SessionType.LONG);
		for (LocalDate day = TODAY.minusWeeks(3); day.isBefore(TODAY.plusWeeks(4)); day = day.plusDays(1)) {
			SessionType type = week.get(day.getDayOfWeek());
			if (type != null) {
				boolean done = day.isBefore(TODAY);
				training.addSession(runner, new TrainingLog.SessionInput(day, done ? LocalTime.of(7, 0) : null, type,
						done ? SessionStatus.COMPLETED : SessionStatus.PLANNED, null, 60, null, null, null,
						done ? 6 : null, null));
			}
		}
		training.addRace(runner, new TrainingLog.RaceInput(TODAY.plusDays(16), "Spring Half", 21_097.5, RacePriority.B));
		training.addRace(runner, new TrainingLog.RaceInput(TODAY.plusDays(44), "City Marathon", 42_195.0, RacePriority.A));
		screening.answer(runner, Answers.allNoBut("VARICOSE_VEINS"), "Left leg");
		clinic.awaitEvents();
	}

	@Test
	void noMainRunnerPageShowsACodeNameOrABarePriority() throws Exception {
		mvc.perform(post("/plan").with(as(rita)).with(csrf())).andExpect(status().is3xxRedirection());
		clinic.awaitEvents();

		for (String path : List.of("/plan", "/plan/book", "/training", "/training?view=week&date=2026-04-05",
				"/profile", "/intake", "/appointments", "/care", "/evidence")) {
			String page = page(path);
			assertThat(VisibleText.codeNames(page)).as(path).isEmpty();
			assertThat(VisibleText.of(page)).as(path).doesNotContainPattern("\\([ABC]( race)?\\)");
		}
		assertThat(VisibleText.of(page("/training?view=month&date=2026-04-01")))
			.contains("Spring Half, an important race");
		assertThat(VisibleText.of(page("/plan"))).contains("City Marathon, your goal race");
		// the race is a flag on the chart, and the day's tap target says it in words
		assertThat(page("/training")).as("the load chart's race marker")
			.contains("<g class=\"mark race\">")
			.containsPattern("data-date=\"2026-04-05\"[^>]*><title>[^<]*; Spring Half, an important race(;[^<]*)?</title>");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(as(rita)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(RunRubUser user) {
		return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

}
