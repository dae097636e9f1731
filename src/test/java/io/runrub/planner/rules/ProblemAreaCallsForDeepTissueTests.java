package io.runrub.planner.rules;

import java.time.LocalDate;
import java.util.List;

import io.runrub.runners.Complaint;
import io.runrub.runners.ComplaintKind;
import io.runrub.shared.BodyArea;
import io.runrub.shared.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TYPE-AREA-DEEP: a localised problem area without acute injury → deep tissue on that area. */
class ProblemAreaCallsForDeepTissueTests {

	static final LocalDate SINCE = LocalDate.of(2026, 2, 1);

	final ProblemAreaCallsForDeepTissue rule = new ProblemAreaCallsForDeepTissue();

	static Complaint complaint(BodyArea area, ComplaintKind kind) {
		return new Complaint(area, kind, SINCE, 4);
	}

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(ProblemAreaCallsForDeepTissue.INFO);
		assertThat(rule.id()).isEqualTo("TYPE-AREA-DEEP");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
		assertThat(rule.info().evidenceNote()).contains("Deeper is not shown to be better");
	}

	@Test
	void tightnessAroundTheKneeCallsForDeepTissueThere() {
		assertThat(rule.choose(List.of(complaint(BodyArea.KNEES, ComplaintKind.TIGHTNESS)))).hasValueSatisfying(choice -> {
			assertThat(choice.modality()).isEqualTo(Modality.DEEP_TISSUE);
			assertThat(choice.focusAreas()).containsExactly(BodyArea.KNEES);
			assertThat(choice.warnings()).isEmpty();
			assertThat(choice.reasons()).singleElement().satisfies(reason -> {
				assertThat(reason.rule()).isEqualTo("TYPE-AREA-DEEP");
				assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
				assertThat(reason.text()).isEqualTo("Deep tissue work where you feel tightness (around the knee).");
			});
		});
	}

	@Test
	void knotsCallForDeepTissueToo() {
		assertThat(rule.choose(List.of(complaint(BodyArea.HAMSTRINGS, ComplaintKind.KNOTS))))
			.hasValueSatisfying(choice -> assertThat(choice.modality()).isEqualTo(Modality.DEEP_TISSUE));
	}

	@Test
	void severalAreasAreEachNamedWithWhatIsFeltThere() {
		assertThat(rule.choose(List.of(complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS),
				complaint(BodyArea.HAMSTRINGS, ComplaintKind.KNOTS), complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS),
				complaint(BodyArea.QUADS, ComplaintKind.TIGHTNESS))))
			.hasValueSatisfying(choice -> {
				assertThat(choice.focusAreas()).containsExactly(BodyArea.CALVES, BodyArea.HAMSTRINGS, BodyArea.QUADS);
				assertThat(choice.reasons()).singleElement()
					.extracting(Reason::text)
					.isEqualTo("Deep tissue work where you feel tightness (calves), knots (hamstrings) and tightness "
							+ "(quads).");
			});
	}

	@Test
	void tightnessThatIsNotLocalisedIsNotAProblemArea() {
		assertThat(rule.choose(List.of(complaint(BodyArea.OTHER, ComplaintKind.TIGHTNESS)))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ComplaintKind.class, names = { "TIGHTNESS", "KNOTS" }, mode = EnumSource.Mode.EXCLUDE)
	void otherComplaintsAreNotProblemAreas(ComplaintKind kind) {
		assertThat(rule.choose(List.of(complaint(BodyArea.CALVES, kind)))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = ComplaintKind.class, names = { "SCAR_TISSUE", "SHIN_SPLINTS", "PLANTAR_FASCIITIS",
			"HAMSTRING_INJURY" })
	void anInjuredAreaGetsNoDeepTissue(ComplaintKind injury) {
		assertThat(rule.choose(List.of(complaint(BodyArea.HAMSTRINGS, ComplaintKind.TIGHTNESS),
				complaint(BodyArea.HAMSTRINGS, injury))))
			.isEmpty();
		assertThat(rule.choose(List.of(complaint(BodyArea.HAMSTRINGS, ComplaintKind.TIGHTNESS),
				complaint(BodyArea.HAMSTRINGS, injury), complaint(BodyArea.CALVES, ComplaintKind.KNOTS))))
			.as("the uninjured area still gets it")
			.hasValueSatisfying(choice -> assertThat(choice.focusAreas()).containsExactly(BodyArea.CALVES));
	}

	@Test
	void anAreaWithPainThatNeedsAClinicianGetsNoDeepTissue() {
		assertThat(rule.choose(List.of(complaint(BodyArea.KNEES, ComplaintKind.TIGHTNESS),
				new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, SINCE, 7))))
			.isEmpty();
		assertThat(rule.choose(List.of(complaint(BodyArea.KNEES, ComplaintKind.TIGHTNESS),
				new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, SINCE, 6))))
			.as("milder pain is no acute injury")
			.isPresent();
	}

	@Test
	void noComplaintsNoDeepTissue() {
		assertThat(rule.choose(List.of())).isEmpty();
	}

}
