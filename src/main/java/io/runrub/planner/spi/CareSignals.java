package io.runrub.planner.spi;

import java.time.LocalDate;
import java.util.Set;

import io.runrub.accounts.RunnerId;
import io.runrub.shared.BodyArea;

/**
 * What the planner needs to know from the care loop, provided by the care module (which depends on the planner, so
 * the dependency keeps running one way). Without a care module, a planner sees no signals: {@link #NONE}.
 */
public interface CareSignals {

	/** No signals: nothing recurring, no homework without improvement. */
	CareSignals NONE = (runner, today) -> Signals.NONE;

	/** What care knows about the runner as of {@code today}. */
	Signals of(RunnerId runner, LocalDate today);

	/**
	 * @param recurringPain areas with pain across 3 or more check-ins or notes (TYPE-REFER-MOVEMENT)
	 * @param homeworkWithoutImprovement homework done without improvement over 3 check-ins (CARE-ELSEWHERE)
	 */
	record Signals(Set<BodyArea> recurringPain, boolean homeworkWithoutImprovement) {

		public static final Signals NONE = new Signals(Set.of(), false);

		public Signals {
			recurringPain = Set.copyOf(recurringPain);
		}

	}

}
