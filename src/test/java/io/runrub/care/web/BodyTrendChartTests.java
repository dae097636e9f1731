package io.runrub.care.web;

import java.time.LocalDate;
import java.util.List;

import io.runrub.care.body.BodyLog.DayScore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The body trend sparkline: one dot per marked day, placed by date and score, sore days marked. */
class BodyTrendChartTests {

	static final LocalDate FROM = LocalDate.of(2026, 11, 1);

	@Test
	void eachMarkedDayIsADotOnTheLineAtItsDateAndScore() {
		String svg = BodyTrendChart.svg("Calves",
				List.of(new DayScore(FROM, 0), new DayScore(FROM.plusDays(5), 10), new DayScore(FROM.plusDays(10), 6)),
				FROM, FROM.plusDays(10));

		assertThat(svg).startsWith("<svg").endsWith("</svg>");
		assertThat(svg).contains("<polyline fill=\"none\" points=\"8.0,66.0 150.0,16.0 292.0,36.0\"/>");
		assertThat(svg.split("<circle", -1)).hasSize(4);
		assertThat(svg).contains("class=\"sore\"><title>11 Nov: 6/10</title>")
			.contains("<title>1 Nov: 0/10</title>")
			.contains("aria-label=\"Calves: 1 Nov 0, 6 Nov 10, 11 Nov 6\"");
	}

	@Test
	void eachDotHasItsScoreWrittenAboveItAndTheSpanHasItsDates() {
		String svg = BodyTrendChart.svg("Calves", List.of(new DayScore(FROM.plusDays(5), 7)), FROM, FROM.plusDays(10));

		assertThat(svg).contains("<text class=\"value\" x=\"150.0\" y=\"26.0\" text-anchor=\"middle\">7</text>")
			.contains(">1 Nov</text>")
			.contains(">11 Nov</text>");
	}

	@Test
	void daysOutsideTheSpanAreLeftOutAndNamesAreEscaped() {
		String svg = BodyTrendChart.svg("Hips & glutes", List.of(new DayScore(FROM.minusDays(1), 3)), FROM,
				FROM.plusDays(7));

		assertThat(svg).doesNotContain("<circle").doesNotContain("<polyline").contains("Hips &amp; glutes");
	}

}
