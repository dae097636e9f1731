package io.runrub.training.web;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadChartTests {

	@Test
	void writesEachCoordinateAsStringFormatWouldWithOneDecimal() {
		double[] edges = { 0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.45, 2.675, 9.95, 99.95, -0.04, -0.05, -0.15,
				-12.25, 1e-9, 0.04999999999999999, 123456.789, 1e20, 899.999, 0.1 + 0.2, 47.25, 320.05, Double.MIN_VALUE,
				Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		for (double value : edges) {
			assertThat(LoadChart.fmt(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
		}
		SplittableRandom random = new SplittableRandom(11);
		for (int i = 0; i < 200_000; i++) {
			// the chart's range (coordinates within 900 × 320), on a grid of hundredths (halves to round) and at random
			double value = i % 2 == 0 ? Math.round(random.nextDouble(-50, 1000) * 100) / 100.0
					: random.nextDouble(-1000, 1000);
			assertThat(LoadChart.fmt(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%.1f", value));
		}
	}

}
