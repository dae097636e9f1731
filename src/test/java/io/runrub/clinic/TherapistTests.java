package io.runrub.clinic;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import io.runrub.accounts.AccountId;
import io.runrub.shared.DomainException;
import io.runrub.shared.Modality;
import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TherapistTests {

	private final Therapist john = Therapist.create(AccountId.of(7), " John ", null, Set.of(Modality.SPORTS));

	@Test
	void isCreatedActiveWithTheLoginItWasGiven() {
		assertThat(john.active()).isTrue();
		assertThat(john.name()).isEqualTo("John");
		assertThat(john.bio()).isEmpty();
		assertThat(john.login()).isEqualTo(AccountId.of(7));
	}

	@Test
	void refusesATherapistWithoutANameOrAModality() {
		assertThatThrownBy(() -> Therapist.create(AccountId.of(7), "  ", "", Set.of(Modality.SPORTS)))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("therapist-name-missing"));
		assertThatThrownBy(() -> john.withDetails("John", "", Set.of(), true))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class,
					ex -> assertThat(ex.code()).isEqualTo("therapist-no-modality"));
	}

	@Test
	void takesHoursWithBreaksAndShowsThemInWeekOrder() {
		WorkingPeriod tuesday = new WorkingPeriod(TUESDAY, LocalTime.of(12, 0), LocalTime.of(16, 0));
		WorkingPeriod afternoon = new WorkingPeriod(MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0));
		WorkingPeriod morning = new WorkingPeriod(MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0));

		assertThat(john.withWorkingHours(List.of(tuesday, afternoon, morning)).sortedHours())
			.containsExactly(morning, afternoon, tuesday);
	}

	@Test
	void refusesOverlappingPeriodsOnOneDay() {
		assertThatThrownBy(() -> john.withWorkingHours(
				List.of(new WorkingPeriod(MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
						new WorkingPeriod(MONDAY, LocalTime.of(12, 0), LocalTime.of(15, 0)))))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("working-hours-overlap");
				assertThat(ex.args()).containsExactly("Monday", LocalTime.of(9, 0), LocalTime.of(13, 0),
						LocalTime.of(12, 0), LocalTime.of(15, 0));
			});
	}

	@Test
	void periodsThatTouchDoNotOverlap() {
		assertThat(john
			.withWorkingHours(List.of(new WorkingPeriod(MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
					new WorkingPeriod(MONDAY, LocalTime.of(13, 0), LocalTime.of(15, 0))))
			.workingHours()).hasSize(2);
	}

	@Test
	void aPeriodEndsAfterItStarts() {
		assertThatThrownBy(() -> new WorkingPeriod(MONDAY, LocalTime.of(13, 0), LocalTime.of(9, 0)))
			.isInstanceOfSatisfying(DomainException.RuleViolation.class, ex -> {
				assertThat(ex.code()).isEqualTo("working-period-order");
				assertThat(ex.args()[0]).isEqualTo("Monday");
			});
	}

}
