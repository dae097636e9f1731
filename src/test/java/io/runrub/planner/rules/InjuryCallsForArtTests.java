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

/**
 * TYPE-INJURY-ART: scar tissue, shin splints, plantar fasciitis or a hamstring injury → ART, after a clinician has
 * assessed an injury that is new.
 */
class InjuryCallsForArtTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	final InjuryCallsForArt rule = new InjuryCallsForArt();

	static Complaint complaint(BodyArea area, ComplaintKind kind, LocalDate since) {
		return new Complaint(area, kind, since, 4);
	}

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(InjuryCallsForArt.INFO);
		assertThat(rule.id()).isEqualTo("TYPE-INJURY-ART");
		assertThat(rule.info().sources()).isEqualTo("S0");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.WEAK);
		assertThat(rule.info().evidenceNote()).contains("no trials for these injuries")
			.contains("added to stretching and strengthening (moderate evidence)");
	}

	@ParameterizedTest
	@EnumSource(value = ComplaintKind.class, names = { "SCAR_TISSUE", "SHIN_SPLINTS", "PLANTAR_FASCIITIS",
			"HAMSTRING_INJURY" })
	void aSpecificInjuryCallsForArtOnThatArea(ComplaintKind injury) {
		assertThat(rule.choose(List.of(complaint(BodyArea.SHINS, injury, TODAY.minusWeeks(10))), TODAY))
			.hasValueSatisfying(choice -> {
				assertThat(choice.modality()).isEqualTo(Modality.ART);
				assertThat(choice.focusAreas()).containsExactly(BodyArea.SHINS);
				assertThat(choice.reasons()).singleElement().satisfies(reason -> {
					assertThat(reason.rule()).isEqualTo("TYPE-INJURY-ART");
					assertThat(reason.evidence()).isEqualTo(EvidenceGrade.WEAK);
					assertThat(reason.text()).startsWith("Active Release Technique for your "
							+ injury.name().toLowerCase(java.util.Locale.UK).replace('_', ' ') + " (shins).");
				});
			});
	}

	@ParameterizedTest
	@EnumSource(value = ComplaintKind.class, names = { "TIGHTNESS", "KNOTS", "PAIN", "OTHER" })
	void otherComplaintsDoNotCallForArt(ComplaintKind kind) {
		assertThat(rule.choose(List.of(complaint(BodyArea.CALVES, kind, TODAY.minusWeeks(10))), TODAY)).isEmpty();
	}

	@Test
	void noComplaintsNoArt() {
		assertThat(rule.choose(List.of(), TODAY)).isEmpty();
	}

	@Test
	void heelPainSaysHandsOnTherapyHelpsAsAnAddOnToExercise() {
		assertThat(rule.choose(List.of(complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, TODAY.minusWeeks(10))),
				TODAY))
			.hasValueSatisfying(choice -> assertThat(choice.reasons()).singleElement()
				.extracting(Reason::text)
				.isEqualTo("Active Release Technique for your plantar fasciitis (feet and plantar fascia). For heel pain, "
						+ "hands-on therapy has helped when added to stretching and strengthening."));
		assertThat(rule.choose(List.of(complaint(BodyArea.SHINS, ComplaintKind.SHIN_SPLINTS, TODAY.minusWeeks(10))),
				TODAY))
			.hasValueSatisfying(choice -> assertThat(choice.reasons()).singleElement()
				.extracting(Reason::text)
				.asString()
				.doesNotContain("heel pain"));
	}

	@Test
	void aNewInjuryIsToBeAssessedByAClinicianFirst() {
		for (LocalDate since : new LocalDate[] { TODAY, TODAY.minusDays(InjuryCallsForArt.NEW_INJURY_DAYS), null }) {
			assertThat(rule.choose(List.of(complaint(BodyArea.HAMSTRINGS, ComplaintKind.HAMSTRING_INJURY, since)),
					TODAY))
				.as("since %s", since)
				.hasValueSatisfying(choice -> assertThat(choice.warnings()).singleElement().satisfies(warning -> {
					assertThat(warning.rule()).isEqualTo("TYPE-INJURY-ART");
					assertThat(warning.text()).isEqualTo("Your hamstring injury (hamstrings) is new: have it assessed "
							+ "by a physiotherapist or doctor before hands-on treatment. Loading exercise is the "
							+ "treatment with evidence.");
				}));
		}
	}

	@Test
	void anOlderInjuryStaysUnderAClinicianWithMassageAsAnAddOn() {
		LocalDate sixWeeksAndADay = TODAY.minusDays(InjuryCallsForArt.NEW_INJURY_DAYS + 1);
		assertThat(rule.choose(List.of(complaint(BodyArea.SHINS, ComplaintKind.SHIN_SPLINTS, sixWeeksAndADay)), TODAY))
			.hasValueSatisfying(choice -> assertThat(choice.warnings()).singleElement()
				.extracting(Warning::text)
				.isEqualTo("Keep your shin splints (shins) under review with a physiotherapist or doctor: loading "
						+ "exercise is the treatment with evidence; massage is an add-on."));
	}

	@Test
	void everyInjuryGetsItsReasonAndWarningAndEachAreaIsFocusedOnce() {
		List<Complaint> complaints = List.of(complaint(BodyArea.SHINS, ComplaintKind.SHIN_SPLINTS, TODAY.minusWeeks(10)),
				complaint(BodyArea.SHINS, ComplaintKind.SCAR_TISSUE, TODAY.minusWeeks(20)),
				complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, TODAY.minusWeeks(1)),
				complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, TODAY.minusWeeks(1)));
		assertThat(rule.choose(complaints, TODAY)).hasValueSatisfying(choice -> {
			assertThat(choice.focusAreas()).containsExactly(BodyArea.SHINS, BodyArea.FEET);
			assertThat(choice.reasons()).hasSize(3);
			assertThat(choice.warnings()).hasSize(3);
		});
	}

	@Test
	void painOfSevenOrMoreNeedsAClinicianRatherThanAMassage() {
		List<Warning> warnings = rule.clinicianFirst(List.of(new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, TODAY, 7)));
		assertThat(warnings).singleElement().satisfies(warning -> {
			assertThat(warning.rule()).isEqualTo("TYPE-INJURY-ART");
			assertThat(warning.text()).isEqualTo("Pain of 7 out of 10 (around the knee) needs a physiotherapist or "
					+ "doctor rather than a massage. Please get it assessed first.");
		});
	}

	@Test
	void painBelowSevenOrAnotherComplaintDoesNotTriggerTheClinicianWarning() {
		assertThat(rule.clinicianFirst(List.of(new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, TODAY, 6)))).isEmpty();
		assertThat(rule.clinicianFirst(List.of(new Complaint(BodyArea.CALVES, ComplaintKind.TIGHTNESS, TODAY, 9))))
			.isEmpty();
	}

	@Test
	void aNewInjuryIsAssessedBeforeArt() {
		assertThat(rule.assessmentFirst(List.of(complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS,
				TODAY.minusWeeks(5))), TODAY)).hasValueSatisfying(choice -> {
					assertThat(choice.modality()).isEqualTo(Modality.MOVEMENT_ASSESSMENT);
					assertThat(choice.focusAreas()).containsExactly(BodyArea.FEET);
					assertThat(choice.reasons()).singleElement().satisfies(reason -> {
						assertThat(reason.rule()).isEqualTo("TYPE-INJURY-ART");
						assertThat(reason.text()).startsWith("A movement assessment first, for your new plantar fasciitis");
					});
				});
		assertThat(rule.needsAssessment(List.of(complaint(BodyArea.SHINS, ComplaintKind.SHIN_SPLINTS, null)), TODAY))
			.as("start unknown: new").isTrue();
	}

	@Test
	void anInjuryOfSixWeeksOrMoreGoesStraightToArtUnlessItHurtsSevenOrMore() {
		Complaint older = complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS, TODAY.minusWeeks(6).minusDays(1));
		assertThat(rule.needsAssessment(List.of(older), TODAY)).isFalse();
		assertThat(rule.needsAssessment(List.of(new Complaint(BodyArea.FEET, ComplaintKind.PLANTAR_FASCIITIS,
				older.since(), 7)), TODAY)).isTrue();
		assertThat(rule.assessmentFirst(List.of(new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, older.since(), 9)),
				TODAY)).hasValueSatisfying(choice -> assertThat(choice.reasons().get(0).text())
					.contains("pain of 9 out of 10"));
		assertThat(rule.needsAssessment(List.of(new Complaint(BodyArea.KNEES, ComplaintKind.PAIN, TODAY, 6)), TODAY))
			.isFalse();
	}

}
