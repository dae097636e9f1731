package io.runrub.shared;

import java.util.List;

import io.runrub.planner.rules.ProblemAreaCallsForDeepTissue;
import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyAreaTests {

	@Test
	void namesReadAsEnglishInsideASentence() {
		assertThat(BodyArea.CALVES.inSentence()).isEqualTo("calves");
		assertThat(BodyArea.KNEES.inSentence()).isEqualTo("around the knee");
		assertThat(BodyArea.IT_BAND.inSentence()).isEqualTo("IT band");
	}

	@Test
	void aReasonAboutTheItBandKeepsItsCapitals() {
		String text = new ProblemAreaCallsForDeepTissue()
			.choose(List.of(new Complaint(BodyArea.IT_BAND, ComplaintKind.TIGHTNESS, null, 3)))
			.orElseThrow()
			.reasons()
			.get(0)
			.text();
		assertThat(text).contains("IT band").doesNotContain("it band");
	}

}
