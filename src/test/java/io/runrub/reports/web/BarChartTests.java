package io.runrub.reports.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bars are drawn to scale: the largest value fills the space, or a percentage is drawn out of 100. */
class BarChartTests {

	@Test
	void theLargestValueFillsTheBarSpaceAndTheOthersInProportion() {
		BarChart chart = BarChart.of("c", "Title", "Desc", List.of("Revenue"),
				List.of(new BarChart.Row("A", List.of(12000L), List.of("£120")), new BarChart.Row("B", List.of(3000L), List.of("£30"))));
		// the first bar is the legend's swatch
		assertThat(chart.bars().get(1).width()).isEqualTo(340);
		assertThat(chart.bars().get(2).width()).isEqualTo(85);
		assertThat(chart.rows()).isEqualTo(2);
	}

	@Test
	void aPercentageIsDrawnOutOfAHundred() {
		BarChart chart = BarChart.of("c", "Title", "Desc", List.of("Utilisation"),
				List.of(new BarChart.Row("W11", List.of(10L), List.of("10%"))), 100);
		assertThat(chart.bars().get(1).width()).isEqualTo(34);
	}

}
