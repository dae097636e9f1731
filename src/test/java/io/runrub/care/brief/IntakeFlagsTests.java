package io.runrub.care.brief;

import java.util.List;

import io.runrub.care.brief.IntakeFlags.Flag;
import io.runrub.care.brief.IntakeFlags.Summary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The line the brief shows for a runner's health answers. */
class IntakeFlagsTests {

	static final Flag CLOT = new Flag("BLOOD_CLOT", "A blood clot, or new unexplained calf swelling", "STOP");

	static final Flag THINNERS = new Flag("BLOOD_THINNERS", "Blood thinners or a bleeding disorder", "RESTRICT");

	@Test
	void aStopComesFirstThenRestrictionsThenAllClear() {
		assertThat(Summary.of(false, List.of(), List.of()).text()).isEqualTo("Health questions: not answered yet, or not all");
		assertThat(Summary.of(true, List.of(CLOT), List.of(THINNERS)).text())
			.isEqualTo("Health questions: STOP — no massage now (A blood clot, or new unexplained calf swelling)");
		assertThat(Summary.of(true, List.of(), List.of(THINNERS)).text()).isEqualTo(
				"Health questions: restrictions — light pressure only, no deep tissue or ART (Blood thinners or a bleeding disorder)");
		assertThat(Summary.of(true, List.of(), List.of()).text())
			.isEqualTo("Health questions: nothing stops or limits massage");
	}

}
