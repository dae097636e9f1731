package io.runrub.booking;

import java.time.LocalDate;
import java.util.Map;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.Modality;

/**
 * How a day suits a massage for a runner, by their own training: "good: 2 days after your long run", "not ideal for
 * deep work: the day before your intervals". The planner implements it from its timing rules (it depends on booking,
 * so booking asks through this interface and the dependency keeps running one way); without a planner, no day has a
 * label ({@link #NONE}).
 */
public interface VisitTiming {

	/** No labels: nothing is known about the runner's training. */
	VisitTiming NONE = (runner, modality, from, to) -> Map.of();

	/** The days from..to (inclusive) that the runner's training says something about, each with its label. */
	Map<LocalDate, Label> labels(RunnerId runner, Modality modality, LocalDate from, LocalDate to);

	/**
	 * @param tone how the day suits: good, with a condition, or not ideal (never shown as such; the page styles by it)
	 * @param text the label as a person reads it, from messages.properties
	 */
	record Label(Tone tone, String text) {
	}

	enum Tone {

		/** The rules favour the day. */
		GOOD,
		/** The day is fine with a condition (light pressure only, say). */
		NOTE,
		/** The rules advise against this massage on the day. */
		NOT_IDEAL

	}

}
