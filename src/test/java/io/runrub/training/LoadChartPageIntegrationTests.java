package io.runrub.training;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.runrub.accounts.RunRubUser;
import io.runrub.accounts.RunnerId;
import io.runrub.support.RunRubIntegrationTest;
import io.runrub.support.TestClinic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.runrub.support.TestClinic.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The load chart a runner can read: axis, values per day, a legend for every mark, and the numbers as a table. */
@RunRubIntegrationTest
class LoadChartPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClinic clinic;

	@Autowired
	TrainingLog log;

	RunRubUser rita;

	@BeforeEach
	void setUp() {
		clinic.reset();
		clinic.open();
		rita = clinic.runner("Rita");
	}

	String page() throws Exception {
		return mvc.perform(get("/training").with(httpBasic(rita.email(), PASSWORD))).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void theChartHasALabelledYAxisAndEachDaySaysItsNumbersOnHoverOrTap() throws Exception {
		// today is Friday 20 March 2026; a 60-minute tempo at RPE 7 two days ago
		log.addSession(RunnerId.of(rita.accountId()), new TrainingLog.SessionInput(LocalDate.of(2026, 3, 18), null,
				SessionType.TEMPO, SessionStatus.COMPLETED, null, 60, null, null, null, 7, null));

		String page = page();

		assertThat(page).contains("class=\"y-title\"").contains(">Load (an hour at threshold = 100)</text>")
			.containsPattern("class=\"y-tick\"[^>]*>0</text>");
		Matcher tap = Pattern.compile("<rect class=\"hit\" data-date=\"2026-03-18\"[^>]*><title>([^<]*)</title>")
			.matcher(page.substring(page.indexOf("load-chart wide")));
		assertThat(tap.find()).isTrue();
		assertThat(tap.group(1)).startsWith("18 Mar: load ").contains("fitness ").contains("fatigue ").contains("form ");
		assertThat(page).contains("id=\"chart-readout\"").contains("src=\"/js/charts.js\"");
		// in the calendar the hard tempo carries a triangle, not only a colour
		assertThat(page).containsPattern("<span class=\"hard\"[^>]*><svg class=\"hard-shape\"");
	}

	@Test
	void thePhoneDrawingHasFewerLargerDateLabelsThanTheDesktopOne() throws Exception {
		// a runner with some training (one with none sees what to do first instead of an empty chart)
		log.addSession(RunnerId.of(rita.accountId()), new TrainingLog.SessionInput(LocalDate.of(2026, 3, 18), null,
				SessionType.TEMPO, SessionStatus.COMPLETED, null, 60, null, null, null, 7, null));
		String page = page();
		String wide = page.substring(page.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"load-chart wide\""));
		wide = wide.substring(0, wide.indexOf("</svg>"));
		String narrow = page.substring(page.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"load-chart narrow\""));
		narrow = narrow.substring(0, narrow.indexOf("</svg>"));

		long wideLabels = Pattern.compile("class=\"tick\"").matcher(wide).results().count();
		long narrowLabels = Pattern.compile("class=\"tick\"").matcher(narrow).results().count();
		assertThat(narrowLabels).isBetween(2L, 5L).isLessThan(wideLabels);
		assertThat(narrow).contains("viewBox=\"0 0 400 300\"").contains("font-size=\"15\"");
	}

	@Test
	void everyKindOfMarkHasADistinctShapeAndALegendEntryIncludingMassages() throws Exception {
		log.addRace(RunnerId.of(rita.accountId()), new TrainingLog.RaceInput(LocalDate.of(2026, 4, 5), "Spring 10k",
				10000.0, RacePriority.B));

		String page = page();
		String legend = page.substring(page.indexOf("id=\"chart-legend\""), page.indexOf("</ul>", page.indexOf("id=\"chart-legend\"")));

		assertThat(legend).contains("daily load").contains("planned load").contains("spike in load (hatched red)")
			.contains("fitness").contains("fatigue").contains("form")
			.contains("race (flag)").contains("massage (circle)").contains("today");
		String wide = page.substring(page.indexOf("load-chart wide"));
		wide = wide.substring(0, wide.indexOf("</svg>"));
		// the race is a flag (a path), not a circle like a massage
		assertThat(wide).containsPattern("<g class=\"mark race\">.*<path class=\"mark-shape\"");
	}

	@Test
	void theNumbersAreInATableBehindADisclosure() throws Exception {
		log.addSession(RunnerId.of(rita.accountId()), new TrainingLog.SessionInput(LocalDate.of(2026, 3, 18), null,
				SessionType.EASY, SessionStatus.COMPLETED, null, 60, null, null, null, 3, null));

		String page = page();
		String table = page.substring(page.indexOf("<details class=\"chart-table\""), page.indexOf("</details>", page.indexOf("<details class=\"chart-table\"")));

		assertThat(table).contains("<summary>The chart as a table</summary>").contains("<th scope=\"col\">Fitness</th>");
		Matcher row = Pattern.compile("<tr data-date=\"2026-03-18\">\\s*<th scope=\"row\">Wed 18 Mar</th>\\s*<td>(\\d+)</td>")
			.matcher(table);
		assertThat(row.find()).isTrue();
		assertThat(Integer.parseInt(row.group(1))).isPositive();
	}

}
