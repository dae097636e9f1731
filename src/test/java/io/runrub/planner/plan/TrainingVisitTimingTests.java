package io.runrub.planner.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.runrub.booking.VisitTiming.Label;
import io.runrub.booking.VisitTiming.Tone;
import io.runrub.planner.rules.RaceDay;
import io.runrub.planner.rules.TrainingDay;
import io.runrub.planner.rules.TrainingDays;
import io.runrub.training.RacePriority;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

import static io.runrub.shared.Modality.DEEP_TISSUE;
import static io.runrub.shared.Modality.SWEDISH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking pages' day labels come from the planner's timing rules, a reason to hold back winning over a reason to
 * come: a day two days after a long run is good, unless it falls in a race's window.
 */
class TrainingVisitTimingTests {

	static final LocalDate SUNDAY = LocalDate.of(2026, 3, 22);

	final TrainingVisitTiming timing = new TrainingVisitTiming(null, messages());

	final TrainingDays longRunOnSunday = new TrainingDays(
			List.of(new TrainingDay(SUNDAY, true, false, false, "long run")));

	@Test
	void twoDaysAfterTheLongRunIsGood() {
		assertThat(timing.label(SUNDAY.plusDays(2), SWEDISH, longRunOnSunday, List.of()))
			.contains(new Label(Tone.GOOD, "good: 2 days after your long run"));
	}

	@Test
	void theRaceWindowWinsOverTheLongRunForDeepWork() {
		List<RaceDay> races = List.of(new RaceDay(SUNDAY.plusDays(5), "Spring 10K", RacePriority.B, 10_000.0));

		assertThat(timing.label(SUNDAY.plusDays(2), DEEP_TISSUE, longRunOnSunday, races))
			.contains(new Label(Tone.NOT_IDEAL, "not for deep work: 3 days before Spring 10K"));
		assertThat(timing.label(SUNDAY.plusDays(2), SWEDISH, longRunOnSunday, races))
			.contains(new Label(Tone.GOOD, "good: 3 days before Spring 10K, light"));
	}

	@Test
	void theDayBeforeAHardSessionIsNotIdealForDeepWorkOnly() {
		assertThat(timing.label(SUNDAY.minusDays(1), DEEP_TISSUE, longRunOnSunday, List.of()))
			.contains(new Label(Tone.NOT_IDEAL, "not ideal for deep work: the day before your long run"));
		assertThat(timing.label(SUNDAY.minusDays(1), SWEDISH, longRunOnSunday, List.of()))
			.isNotEqualTo(timing.label(SUNDAY.minusDays(1), DEEP_TISSUE, longRunOnSunday, List.of()));
	}

	private static MessageSourceAccessor messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new MessageSourceAccessor(source, Locale.UK);
	}

}
