package io.runrub.planner.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** FREQ-BOOK-AHEAD: plan and book the whole training block in advance. */
class BookAheadTests {

	final BookAhead rule = new BookAhead();

	@Test
	void carriesItsCatalogueRow() {
		assertThat(rule.info()).isSameAs(BookAhead.INFO);
		assertThat(rule.id()).isEqualTo("FREQ-BOOK-AHEAD");
		assertThat(rule.info().sources()).isEqualTo("S1");
		assertThat(rule.info().grade()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(rule.info().rule()).contains("whole training block").contains("in advance");
	}

	@Test
	void everySuggestionSaysItIsPartOfTheBlockBookedAhead() {
		Reason reason = rule.reason();
		assertThat(reason.rule()).isEqualTo("FREQ-BOOK-AHEAD");
		assertThat(reason.evidence()).isEqualTo(EvidenceGrade.NOT_GRADED);
		assertThat(reason.text()).isEqualTo("Planned with your whole training block, so it can be booked in advance.");
	}

}
