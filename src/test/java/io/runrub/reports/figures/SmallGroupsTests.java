package io.runrub.reports.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A count of one or two runners is never shown; none is, and three or more are. */
class SmallGroupsTests {

	@Test
	void oneOrTwoRunnersAreWithheld() {
		assertThat(Reports.shown(1)).isNull();
		assertThat(Reports.shown(2)).isNull();
	}

	@Test
	void noneAndThreeOrMoreAreShown() {
		assertThat(Reports.shown(0)).isZero();
		assertThat(Reports.shown(3)).isEqualTo(3);
		assertThat(Reports.shown(40)).isEqualTo(40);
	}

}
