package io.runrub.planner.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CARE-BODY-CHECKIN: invite a body check-in (tight or sore areas, 0–10) when the last one is a week old or missing. */
class CheckInWithYourBodyTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	final CheckInWithYourBody rule = new CheckInWithYourBody();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(CheckInWithYourBody.INFO);
		assertThat(rule.id()).isEqualTo("CARE-BODY-CHECKIN");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(CheckInWithYourBody.INVITE_AFTER_DAYS).isEqualTo(7);
	}

	@Test
	void aRunnerWhoHasNeverCheckedInIsInvited() {
		assertThat(rule.invite(null, TODAY)).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("CARE-BODY-CHECKIN");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
			assertThat(reason.text()).isEqualTo("How does your body feel? Mark any tight or sore areas from 0 to 10.");
		});
	}

	@Test
	void aWeekAfterTheLastCheckInTheRunnerIsInvited() {
		assertThat(rule.invite(TODAY.minusDays(7), TODAY)).isPresent();
		assertThat(rule.invite(TODAY.minusDays(30), TODAY)).isPresent();
	}

	@Test
	void withinAWeekOfTheLastCheckInThereIsNoInvitation() {
		assertThat(rule.invite(TODAY.minusDays(6), TODAY)).isEmpty();
		assertThat(rule.invite(TODAY.minusDays(1), TODAY)).isEmpty();
		assertThat(rule.invite(TODAY, TODAY)).isEmpty();
	}

}
