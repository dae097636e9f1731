package io.runrub.planner.rules;

import java.util.List;
import java.util.Set;

import io.runrub.planner.rules.TherapistFit.Candidate;
import io.runrub.planner.rules.TherapistFit.Wishes;
import org.junit.jupiter.api.Test;

import static io.runrub.shared.VisitWish.QUIET;
import static io.runrub.shared.VisitWish.TALK_RUNNING;
import static io.runrub.shared.VisitWish.TECHNIQUE;
import static io.runrub.shared.VisitWish.TRAINING_PROGRAMME;
import static org.assertj.core.api.Assertions.assertThat;

/** TYPE-THERAPIST-FIT: the chosen therapist, then the best match for what the runner wants, then the least booked. */
class TherapistFitTests {

	final TherapistFit rule = new TherapistFit();

	final Candidate john = new Candidate(1, "John", Set.of(TALK_RUNNING), 4);

	final Candidate mike = new Candidate(2, "Mike", Set.of(TRAINING_PROGRAMME, TECHNIQUE), 2);

	final Candidate sarah = new Candidate(3, "Sarah", Set.of(QUIET), 0);

	final List<Candidate> clinic = List.of(sarah, mike, john);

	@Test
	void isInTheCatalogueFromTheSecondSourceAndNotGraded() {
		assertThat(rule.id()).isEqualTo("TYPE-THERAPIST-FIT");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(RuleCatalogue.byId("TYPE-THERAPIST-FIT")).contains(TherapistFit.INFO);
	}

	@Test
	void wantingToTalkRunningWhilstHavingAMassageBooksInWithJohnOurResidentRoadRunner() {
		Wishes wishes = new Wishes(null, Set.of(), Set.of(TALK_RUNNING));
		assertThat(rule.choose(clinic, wishes)).contains(john);
		assertThat(rule.why(john, wishes)).hasValueSatisfying(reason -> {
			assertThat(reason.rule()).isEqualTo("TYPE-THERAPIST-FIT");
			assertThat(reason.text()).isEqualTo("John talks running, and you wanted to talk running.");
			assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
		});
	}

	@Test
	void wantingToDevelopYourTrainingProgrammeMakesMikeTheSportsMassageTherapistForYou() {
		Wishes wishes = new Wishes(null, Set.of(), Set.of(TRAINING_PROGRAMME, TECHNIQUE));
		assertThat(rule.choose(clinic, wishes)).contains(mike);
		assertThat(rule.why(mike, wishes)).hasValueSatisfying(reason -> assertThat(reason.text()).isEqualTo(
				"Mike helps with training programmes and helps with running technique, and you wanted to get help with your training programme and get help with your running technique."));
	}

	@Test
	void theTherapistTheRunnerChoseComesBeforeTheBestMatch() {
		Wishes wishes = new Wishes(3L, Set.of(), Set.of(TALK_RUNNING));
		assertThat(rule.rank(clinic, wishes)).containsExactly(sarah, john, mike);
	}

	@Test
	void withNothingWantedTheLeastBookedComesFirst() {
		assertThat(rule.rank(clinic, Wishes.NONE)).containsExactly(sarah, mike, john);
		assertThat(rule.why(john, Wishes.NONE)).isEmpty();
	}

	@Test
	void aTherapistTheRunnerAvoidsIsNeverChosenEvenAsTheBestMatchOrTheChosenOne() {
		Wishes wishes = new Wishes(1L, Set.of(1L), Set.of(TALK_RUNNING));
		assertThat(rule.rank(clinic, wishes)).doesNotContain(john).containsExactly(sarah, mike);
		assertThat(rule.choose(List.of(john), wishes)).isEmpty();
	}

	@Test
	void noReasonIsGivenWhenTheTherapistOffersNoneOfWhatWasWanted() {
		assertThat(rule.why(sarah, new Wishes(null, Set.of(), Set.of(TALK_RUNNING)))).isEmpty();
	}

}
